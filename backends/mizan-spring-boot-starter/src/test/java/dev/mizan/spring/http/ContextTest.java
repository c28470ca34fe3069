package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /ctx/{name}/}: one key per member, members in parallel, query strings bound to types. */
class ContextTest extends ServerTest {

    @Test
    void answers_one_key_per_member_evaluated_in_parallel_on_virtual_threads() {
        Browser.Answer answer = anonymous().context("shop", Map.of("shopId", "5", "kind", "GAME"));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.json().propertyNames()).containsExactly("featured", "items", "thread_name");
        assertThat(answer.json().at("/featured/shopId").asLong()).isEqualTo(5);
        assertThat(answer.json().at("/items/0/kind").asString()).isEqualTo("GAME");
        assertThat(answer.json().get("thread_name").asString()).isEqualTo("virtual");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void binds_query_strings_to_dates_uuids_and_optionals() {
        Browser.Answer answer = anonymous()
                .context(
                        "day",
                        Map.of("day", "2026-11-21", "ref", "6f1c0a52-0000-4000-8000-000000000001", "limit", "3"));
        assertThat(answer.json().get("weekday").asString())
                .isEqualTo("SATURDAY 6f1c0a52-0000-4000-8000-000000000001 3");
        Browser.Answer noLimit =
                anonymous().context("day", Map.of("day", "2026-11-21", "ref", "6f1c0a52-0000-4000-8000-000000000001"));
        assertThat(noLimit.json().get("weekday").asString()).endsWith(" 0");
    }

    @Test
    void refuses_unknown_missing_and_mistyped_params_with_400() {
        assertThat(anonymous().context("shop", Map.of()).code()).isEqualTo("BAD_REQUEST");
        assertThat(anonymous()
                        .context("shop", Map.of("shopId", "1", "page", "2"))
                        .code())
                .isEqualTo("BAD_REQUEST");
        assertThat(anonymous().context("shop", Map.of("shopId", "one")).code()).isEqualTo("BAD_REQUEST");
        assertThat(anonymous()
                        .context("day", Map.of("day", "yesterday", "ref", "x"))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void serves_the_global_context() {
        assertThat(anonymous().context("global", Map.of()).text()).isEqualTo("{\"motd\":\"welcome\"}");
    }

    @Test
    void fails_the_whole_bundle_with_the_failing_members_envelope() {
        Browser.Answer answer = anonymous().context("failing", Map.of());
        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.code()).isEqualTo("INTERNAL_ERROR");
        assertThat(answer.text()).doesNotContain("member secret", "ok");
    }
}
