package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.Registry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Regression tests for issue 12's points 1, 4 and 6, at the dispatcher. */
class HardeningTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final long LIMIT = 256 * 1024;
    private static final Dispatcher DISPATCHER = Dispatcher.create(
            Registry.builder().add(Notes.class).build(),
            DispatchOptions.of(MAPPER).withPolicy(DispatchPolicy.defaults().withAnswerLimit(LIMIT)));
    private static final RequestHandle ANONYMOUS = DispatcherTest.handle(null);
    private static final RequestHandle ANN = DispatcherTest.handle(new MizanUser("1", "ann", false, false, Set.of()));

    private static DispatchResult call(String body, RequestHandle who) {
        return DISPATCHER.call(body.getBytes(StandardCharsets.UTF_8), who);
    }

    private static JsonNode json(DispatchResult r) {
        return MAPPER.readTree(r.body());
    }

    @Test
    void point1_a_long_scoped_invalidation_header_is_widened_and_the_success_stays_a_success() {
        String key = "k".repeat(10_000);
        DispatchResult r = call("{\"function\":\"write_note\",\"args\":{\"key\":\"" + key + "\",\"text\":\"t\"}}", ANN);
        assertThat(r.ok()).isTrue();
        assertThat(r.invalidateHeader()).isEqualTo("note");
        assertThat(json(r).at("/invalidate/0/params/key").asString()).isEqualTo(key);
        DispatchResult shortKey = call("{\"function\":\"write_note\",\"args\":{\"key\":\"a b\",\"text\":\"t\"}}", ANN);
        assertThat(shortKey.invalidateHeader()).isEqualTo("note?key=a%20b");
    }

    @Test
    void point1_a_committed_mutation_over_the_answer_limit_still_carries_its_invalidation() {
        DispatchResult r = call("{\"function\":\"write_many\",\"args\":{\"key\":\"x\",\"count\":100000}}", ANN);
        assertThat(r.error()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        assertThat(json(r).at("/error/details/committed").asBoolean()).isTrue();
        assertThat(r.invalidateHeader()).isEqualTo("note?key=x");
        assertThat(r.invalidate()).hasSize(1);
    }

    @Test
    void point4_an_answer_over_the_limit_is_a_clean_413_envelope() {
        DispatchResult r = call("{\"function\":\"copies\",\"args\":{\"count\":100000000}}", ANONYMOUS);
        assertThat(r.error()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
        JsonNode error = json(r).get("error");
        assertThat(error.get("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(error.at("/details/limit").asLong()).isEqualTo(LIMIT);
        assertThat(error.at("/details/answer").asBoolean()).isTrue();
        assertThat(error.at("/details/committed").isMissingNode()).isTrue();
        assertThat(r.answer().length()).isLessThan(300);
    }

    @Test
    void point4_a_large_answer_under_the_limit_is_streamed_with_its_exact_length() throws IOException {
        DispatchResult r = call("{\"function\":\"copies\",\"args\":{\"count\":5000}}", ANONYMOUS);
        assertThat(r.ok()).isTrue();
        assertThat(r.answer().buffered()).isFalse();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.answer().writeTo(out);
        assertThat((long) out.size()).isEqualTo(r.answer().length());
        assertThat(MAPPER.readTree(out.toByteArray()).get("result").size()).isEqualTo(5000);
        DispatchResult small = call("{\"function\":\"copies\",\"args\":{\"count\":3}}", ANONYMOUS);
        assertThat(small.answer().buffered()).isTrue();
    }

    @Test
    void point6_a_signed_in_caller_cannot_tell_a_refused_name_from_an_unknown_one() {
        DispatchResult refused = call("{\"function\":\"root_only\"}", ANN);
        DispatchResult unknown = call("{\"function\":\"root_onlx\"}", ANN);
        assertThat(refused.error()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(unknown.body(), StandardCharsets.UTF_8).replace("root_onlx", "root_only"));
        DispatchResult vault = DISPATCHER.context("vault", Map.of(), ANN);
        DispatchResult nowhere = DISPATCHER.context("vaulx", Map.of(), ANN);
        assertThat(vault.error()).isEqualTo(ErrorCode.NOT_FOUND);
        assertThat(new String(vault.body(), StandardCharsets.UTF_8))
                .isEqualTo(new String(nowhere.body(), StandardCharsets.UTF_8).replace("vaulx", "vault"))
                .doesNotContain("vault_key");
    }

    @Test
    void point6_an_anonymous_caller_gets_the_same_401_for_guarded_and_unknown_names() {
        String mine = new String(call("{\"function\":\"mine\"}", ANONYMOUS).body(), StandardCharsets.UTF_8);
        String rootOnly =
                new String(call("{\"function\":\"root_only\"}", ANONYMOUS).body(), StandardCharsets.UTF_8);
        String unknown =
                new String(call("{\"function\":\"nothing_here\"}", ANONYMOUS).body(), StandardCharsets.UTF_8);
        String vault =
                new String(DISPATCHER.context("vault", Map.of(), ANONYMOUS).body(), StandardCharsets.UTF_8);
        assertThat(mine).isEqualTo(unknown).isEqualTo(rootOnly).isEqualTo(vault);
        assertThat(call("{\"function\":\"mine\"}", ANONYMOUS).error()).isEqualTo(ErrorCode.UNAUTHORIZED);
        assertThat(mine).doesNotContain("mine", "root");
        assertThat(call("{\"function\":\"copies\",\"args\":{\"count\":1}}", ANONYMOUS)
                        .ok())
                .isTrue();
    }

    @Test
    void point6_revealing_guarded_names_restores_401_and_403_with_the_name() {
        Dispatcher revealing = Dispatcher.create(
                Registry.builder().add(Notes.class).build(),
                DispatchOptions.of(MAPPER).withPolicy(DispatchPolicy.defaults().withRevealGuardedNames(true)));
        DispatchResult r = revealing.call("{\"function\":\"root_only\"}".getBytes(StandardCharsets.UTF_8), ANN);
        assertThat(r.error()).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(MAPPER.readTree(r.body()).at("/error/details/function").asString())
                .isEqualTo("root_only");
        DispatchResult unknown =
                revealing.call("{\"function\":\"nothing\"}".getBytes(StandardCharsets.UTF_8), ANONYMOUS);
        assertThat(unknown.error()).isEqualTo(ErrorCode.NOT_FOUND);
    }
}
