package dev.mizan.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-memory origin cache over real HTTP: hits, purges, permission keys, headers, startup errors. */
class OriginCacheHttpTest {

    private static Instance server;
    private static final AtomicLong ids = new AtomicLong(100);

    @BeforeAll
    static void start() {
        server = Instance.start("mizan.cache.secret=" + Instance.SECRET, "mizan.answer-limit=256KB");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String freshId() {
        return Long.toString(ids.incrementAndGet());
    }

    @Test
    void answers_a_hit_after_a_miss_without_running_the_member_again() {
        String id = freshId();
        int runs = server.catalog().itemRuns.get();

        Instance.Answer first = server.catalog(null, id);
        Instance.Answer second = server.catalog(null, id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.cache()).isEqualTo("miss");
        assertThat(second.cache()).isEqualTo("hit");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.json().get("catalog_note").asString()).isEqualTo("note " + id);
        assertThat(server.catalog().itemRuns.get()).isEqualTo(runs + 1);
    }

    @Test
    void params_as_bound_share_a_key_so_a_leading_zero_is_a_hit() {
        String id = freshId();
        assertThat(server.catalog(null, id).cache()).isEqualTo("miss");
        assertThat(server.catalog(null, "0" + id).cache()).isEqualTo("hit");
    }

    @Test
    void a_scoped_purge_removes_only_the_matching_instance() {
        String a = freshId();
        String b = freshId();
        server.catalog(null, a);
        server.catalog(null, b);

        Instance.Answer mutation = server.call("ann", "rename_item", "{\"itemId\":" + a + ",\"name\":\"renamed\"}");

        assertThat(mutation.status()).isEqualTo(200);
        Instance.Answer afterA = server.catalog(null, a);
        assertThat(afterA.cache()).isEqualTo("miss");
        assertThat(afterA.json().get("catalog_item").get("name").asString()).isEqualTo("renamed");
        assertThat(server.catalog(null, b).cache()).isEqualTo("hit");
    }

    @Test
    void an_unscoped_purge_removes_every_instance() {
        String a = freshId();
        String b = freshId();
        server.catalog(null, a);
        server.catalog("sam", b);

        assertThat(server.call("ann", "rename_all", "{\"prefix\":\"all-\"}").status())
                .isEqualTo(200);

        Instance.Answer afterA = server.catalog(null, a);
        Instance.Answer afterB = server.catalog("sam", b);
        assertThat(afterA.cache()).isEqualTo("miss");
        assertThat(afterA.json().get("catalog_item").get("name").asString()).isEqualTo("all-" + a);
        assertThat(afterB.cache()).isEqualTo("miss");
        assertThat(afterB.json().get("catalog_item").get("name").asString()).isEqualTo("all-" + b);
    }

    @Test
    void no_answer_crosses_permission_classes_for_any_pair_of_callers() {
        List<@Nullable String> callers = Arrays.asList(null, "ann", "sam", "sue");
        List<String> classes = List.of("anon", "auth", "staff", "superuser");
        List<String> checked = new ArrayList<>();
        for (int i = 0; i < callers.size(); i++) {
            for (int j = 0; j < callers.size(); j++) {
                if (i == j) {
                    continue;
                }
                String id = freshId();
                Instance.Answer first = server.catalog(callers.get(i), id);
                Instance.Answer second = server.catalog(callers.get(j), id);
                Instance.Answer again = server.catalog(callers.get(j), id);

                assertThat(first.cache()).isEqualTo("miss");
                assertThat(second.cache())
                        .as("%s after %s", classes.get(j), classes.get(i))
                        .isEqualTo("miss");
                assertThat(second.json().get("catalog_item").get("seenAs").asString())
                        .isEqualTo(classes.get(j));
                assertThat(again.cache()).isEqualTo("hit");
                assertThat(again.json().get("catalog_item").get("seenAs").asString())
                        .isEqualTo(classes.get(j));
                checked.add(classes.get(i) + "→" + classes.get(j));
            }
        }
        assertThat(checked).hasSize(12);
    }

    @Test
    void members_of_one_class_share_and_per_user_contexts_do_not() {
        String id = freshId();
        server.catalog("ann", id);
        assertThat(server.catalog("bob", id).cache())
                .as("two members share the auth class")
                .isEqualTo("hit");

        Instance.Answer ann = server.get("ann", "/ctx/cart/");
        Instance.Answer bob = server.get("bob", "/ctx/cart/");
        assertThat(ann.json().get("my_cart").asString()).isEqualTo("ann's cart");
        assertThat(bob.cache()).isEqualTo("miss");
        assertThat(bob.json().get("my_cart").asString()).isEqualTo("bob's cart");
        assertThat(server.get("ann", "/ctx/cart/").cache()).isEqualTo("hit");
    }

    @Test
    void a_public_context_is_one_copy_for_everyone() {
        Instance.Answer anonymous = server.get(null, "/ctx/site/");
        for (String user : List.of("ann", "sam", "sue")) {
            Instance.Answer answer = server.get(user, "/ctx/site/");
            assertThat(answer.cache()).isEqualTo("hit");
            assertThat(answer.body()).isEqualTo(anonymous.body());
        }
    }

    @Test
    void cached_answers_say_so_and_let_no_shared_cache_store_them() {
        Instance.Answer cached = server.catalog(null, freshId());
        Instance.Answer plain = server.get(null, "/ctx/plain/");

        assertThat(cached.cacheControl()).isEqualTo("no-store");
        assertThat(plain.cache()).as("no member of 'plain' is cached").isEmpty();
        assertThat(plain.cacheControl()).isEqualTo("no-store");
    }

    @Test
    void the_health_shows_the_memory_store() {
        Instance.Answer health = server.get(null, "/health/");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("UP");
        assertThat(health.json().get("cache").get("backend").asString()).isEqualTo("memory");
    }

    @Test
    void startup_fails_clearly_without_a_secret_or_with_a_short_one() {
        assertThatThrownBy(Instance::start)
                .hasStackTraceContaining("mizan.cache.secret is required when the origin cache is on");
        assertThatThrownBy(() -> Instance.start("mizan.cache.secret=short"))
                .hasStackTraceContaining("mizan.cache.secret is too short: 5 characters, at least 32");
    }

    @Test
    void point4_a_cached_member_streams_under_the_answer_limit_and_is_a_413_over_it_never_stored() {
        int runs = server.catalog().sizedRuns.get();
        Instance.Answer big = server.get(null, "/ctx/sized/?size=100000");
        assertThat(big.status()).isEqualTo(200);
        assertThat(big.cache()).isEqualTo("miss");
        assertThat(big.json().get("sized_text").asString()).hasSize(100_000);
        Instance.Answer again = server.get(null, "/ctx/sized/?size=100000");
        assertThat(again.cache()).isEqualTo("hit");
        assertThat(again.body()).isEqualTo(big.body());
        assertThat(server.catalog().sizedRuns.get()).isEqualTo(runs + 1);

        for (int i = 0; i < 2; i++) {
            Instance.Answer over = server.get(null, "/ctx/sized/?size=300000");
            assertThat(over.status()).isEqualTo(413);
            assertThat(over.json().at("/error/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(over.json().at("/error/details/answer").asBoolean()).isTrue();
            assertThat(over.cache())
                    .as("an error envelope reports no cache use")
                    .isEmpty();
            assertThat(over.cacheControl()).isEqualTo("no-store");
        }
        assertThat(server.catalog().sizedRuns.get())
                .as("never stored: ran each time")
                .isEqualTo(runs + 3);
    }

    @Test
    void an_error_envelope_is_never_cached() {
        int runs = server.catalog().sizedRuns.get();
        for (int i = 0; i < 2; i++) {
            Instance.Answer failed = server.get(null, "/ctx/sized/?size=-1");
            assertThat(failed.status()).isEqualTo(404);
            assertThat(failed.json().at("/error/code").asString()).isEqualTo("NOT_FOUND");
            assertThat(failed.cache()).isEmpty();
        }
        assertThat(server.catalog().sizedRuns.get()).isEqualTo(runs + 2);
    }
}
