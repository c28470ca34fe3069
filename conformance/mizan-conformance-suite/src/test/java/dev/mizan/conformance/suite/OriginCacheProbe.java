package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The origin cache (MIZAN.md §5) over the wire: {@code X-Mizan-Cache} tells hits from misses,
 * invalidation entries purge before the mutation answers, and no answer crosses permission keys.
 */
@ExtendWith(ConformanceServer.class)
class OriginCacheProbe {

    private static long freshItem() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    }

    private static String itemName(Reply reply) {
        return reply.json().get("catalog_item").get("name").asString();
    }

    @Test
    void a_second_fetch_is_a_hit_with_the_same_answer(Wire wire) {
        long id = freshItem();
        Reply first = wire.anonymous().context("catalog", "itemId=" + id);
        Reply second = wire.anonymous().context("catalog", "itemId=" + id);

        assertThat(first.header("X-Mizan-Cache")).isEqualTo("miss");
        assertThat(second.header("X-Mizan-Cache")).isEqualTo("hit");
        assertThat(second.json()).isEqualTo(first.json());
        // No shared cache may keep it: no-store, or private when an edge may (docs/edge.md).
        assertThat(second.header("Cache-Control")).isIn("no-store", "private, no-cache");
    }

    @Test
    void a_scoped_invalidation_purges_that_instance_before_the_mutation_answers(Wire wire) {
        long a = freshItem();
        long b = a + 1;
        Agent agent = wire.anonymous();
        agent.context("catalog", "itemId=" + a);
        agent.context("catalog", "itemId=" + b);

        Envelopes.success(agent.call("rename_catalog_item", "{\"itemId\": " + a + ", \"name\": \"renamed\"}"));

        Reply afterA = agent.context("catalog", "itemId=" + a);
        assertThat(afterA.header("X-Mizan-Cache")).isEqualTo("miss");
        assertThat(itemName(afterA)).isEqualTo("renamed");
        assertThat(agent.context("catalog", "itemId=" + b).header("X-Mizan-Cache"))
                .isEqualTo("hit");
    }

    @Test
    void an_unscoped_invalidation_purges_every_instance(Wire wire) {
        long a = freshItem();
        Agent agent = wire.anonymous();
        agent.context("catalog", "itemId=" + a);
        wire.staff().context("catalog", "itemId=" + (a + 1));

        Envelopes.success(agent.call("rename_catalog", "{\"prefix\": \"all-\"}"));

        Reply afterA = agent.context("catalog", "itemId=" + a);
        Reply afterB = wire.staff().context("catalog", "itemId=" + (a + 1));
        assertThat(afterA.header("X-Mizan-Cache")).isEqualTo("miss");
        assertThat(itemName(afterA)).isEqualTo("all-" + a);
        assertThat(afterB.header("X-Mizan-Cache")).isEqualTo("miss");
    }

    @Test
    void no_answer_is_served_across_permission_classes_for_any_pair(Wire wire) {
        List<Supplier<Agent>> callers = List.of(wire::anonymous, wire::user, wire::staff, wire::superuser);
        List<String> classes = List.of("anon", "auth", "staff", "superuser");
        for (int i = 0; i < callers.size(); i++) {
            for (int j = 0; j < callers.size(); j++) {
                if (i == j) {
                    continue;
                }
                long id = freshItem();
                callers.get(i).get().context("catalog", "itemId=" + id);
                Reply other = callers.get(j).get().context("catalog", "itemId=" + id);
                Reply again = callers.get(j).get().context("catalog", "itemId=" + id);

                String pair = classes.get(i) + " then " + classes.get(j);
                assertThat(other.header("X-Mizan-Cache")).as(pair).isEqualTo("miss");
                assertThat(other.json().get("catalog_item").get("seenAs").asString())
                        .as(pair)
                        .isEqualTo(classes.get(j));
                assertThat(again.header("X-Mizan-Cache")).as(pair).isEqualTo("hit");
                assertThat(again.json().get("catalog_item").get("seenAs").asString())
                        .as(pair)
                        .isEqualTo(classes.get(j));
            }
        }
    }

    @Test
    void a_per_user_context_is_never_served_to_another_caller(Wire wire) {
        Reply alice = wire.user().context("cart", "");
        Reply staff = wire.staff().context("cart", "");
        Reply anonymous = wire.anonymous().context("cart", "");

        assertThat(alice.json().get("my_cart").asString())
                .isEqualTo("cart of " + wire.target().user().username());
        assertThat(staff.json().get("my_cart").asString())
                .isEqualTo("cart of " + wire.target().staff().username());
        assertThat(anonymous.json().get("my_cart").asString()).isEqualTo("anonymous cart");
        assertThat(CacheKeyVectorProbe.keys(alice).get("my_cart"))
                .isNotEqualTo(CacheKeyVectorProbe.keys(staff).get("my_cart"));
    }
}
