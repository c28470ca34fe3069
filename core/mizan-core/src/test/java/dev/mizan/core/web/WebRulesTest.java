package dev.mizan.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Regression tests for issue 12's points 2 (query strings) and 5 (CSRF, origin, content type). */
class WebRulesTest {

    private static final CsrfTokens TOKENS =
            CsrfTokens.withSecret("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    private static final CallChecks CHECKS = new CallChecks(TOKENS, Set.of("https://app.example.test"));
    private static final String OWN = "http://127.0.0.1:8080";

    private static @Nullable MizanException check(
            @Nullable String origin,
            @Nullable String site,
            @Nullable String type,
            @Nullable String cookie,
            @Nullable String header) {
        return CHECKS.refusal(new CallRequest(origin, site, OWN, type, cookie, header, "user:ann"));
    }

    private static String reason(@Nullable MizanException e) {
        assertThat(e).isNotNull();
        return String.valueOf(e.details().get("reason"));
    }

    @Test
    void tokens_checked_from_many_threads_at_once_keep_their_verdicts() throws Exception {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        for (int i = 0; i < 64; i++) {
            tokens.add(TOKENS.mint("user:" + i));
        }
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            java.util.List<java.util.concurrent.Future<Boolean>> verdicts = new java.util.ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (int i = 0; i < tokens.size(); i++) {
                    int n = i;
                    verdicts.add(pool.submit(() -> TOKENS.verify(tokens.get(n), "user:" + n)
                            && !TOKENS.verify(tokens.get(n), "user:" + (n + 1))));
                }
            }
            for (var verdict : verdicts) {
                assertThat(verdict.get()).isTrue();
            }
        }
    }

    @Test
    void point5_tokens_are_minted_by_the_server_and_bound_to_the_session_identity() {
        String token = TOKENS.mint("user:ann");
        assertThat(TOKENS.verify(token, "user:ann")).isTrue();
        assertThat(TOKENS.verify(token, "user:bob")).isFalse();
        assertThat(TOKENS.verify("x".repeat(64), "user:ann")).isFalse();
        CsrfTokens other = CsrfTokens.withRandomSecret();
        assertThat(other.verify(token, "user:ann")).isFalse();
        assertThat(TOKENS.reuseOrMint(token, "user:ann")).isEqualTo(token);
        assertThat(TOKENS.reuseOrMint(token, "user:bob")).isNotEqualTo(token);
        assertThat(CsrfTokens.wellFormed("ünïcödé".repeat(8))).isFalse();
        assertThat(CsrfTokens.wellFormed("a\"b")).isFalse();
    }

    @Test
    void point5_a_call_needs_a_signed_token_echoed_from_its_cookie() {
        String token = TOKENS.mint("user:ann");
        assertThat(check(null, null, "application/json", token, token)).isNull();
        assertThat(reason(check(null, null, "application/json", token, null))).isEqualTo("csrf");
        String planted = "A".repeat(40);
        assertThat(reason(check(null, null, "application/json", planted, planted)))
                .isEqualTo("csrf");
        String bobs = TOKENS.mint("user:bob");
        assertThat(reason(check(null, null, "application/json", bobs, bobs))).isEqualTo("csrf");
        assertThat(reason(check(null, null, "application/json", token, TOKENS.mint("user:ann"))))
                .isEqualTo("csrf");
    }

    @Test
    void point5_foreign_null_and_cross_site_origins_are_refused_even_with_a_token() {
        String t = TOKENS.mint("user:ann");
        assertThat(reason(check("https://evil.example", null, "application/json", t, t)))
                .isEqualTo("origin");
        assertThat(reason(check("null", null, "application/json", t, t))).isEqualTo("origin");
        assertThat(reason(check(null, "cross-site", "application/json", t, t))).isEqualTo("origin");
        assertThat(reason(check(null, "same-site", "application/json", t, t))).isEqualTo("origin");
        assertThat(check("http://127.0.0.1:8080", "same-origin", "application/json", t, t))
                .isNull();
        assertThat(check("HTTP://127.0.0.1:8080", null, "application/json", t, t))
                .isNull();
        assertThat(check("https://app.example.test", "cross-site", "application/json", t, t))
                .isNull();
        assertThat(check(null, "none", "application/json", t, t)).isNull();
    }

    @Test
    void point5_a_same_origin_fetch_through_a_proxy_that_rewrote_host_is_accepted_and_nothing_else() {
        // A development server (page and /api on http://127.0.0.1:5173) proxies to OWN with Host
        // rewritten: the browser still reports same-origin, which no page can forge.
        String t = TOKENS.mint("user:ann");
        String devServer = "http://127.0.0.1:5173";
        assertThat(check(devServer, "same-origin", "application/json", t, t)).isNull();
        assertThat(reason(check(devServer, null, "application/json", t, t))).isEqualTo("origin");
        assertThat(reason(check(devServer, "same-site", "application/json", t, t)))
                .isEqualTo("origin");
        assertThat(reason(check(devServer, "cross-site", "application/json", t, t)))
                .isEqualTo("origin");
        assertThat(reason(check("null", "same-origin", "application/json", t, t)))
                .isEqualTo("origin");
        assertThat(reason(check(devServer, "same-origin", "application/json", t, null)))
                .isEqualTo("csrf");
    }

    @Test
    void point5_the_origin_rule_the_call_and_the_socket_upgrade_share() {
        Set<String> allowed = Origins.normalizeAll(Set.of("HTTPS://App.Example.Test:443"));
        assertThat(allowed).containsExactly("https://app.example.test");
        assertThat(Origins.accepted("http://127.0.0.1:8080", null, OWN, allowed))
                .isTrue();
        assertThat(Origins.accepted("https://app.example.test", "cross-site", OWN, allowed))
                .isTrue();
        assertThat(Origins.accepted("http://127.0.0.1:5173", "same-origin", OWN, allowed))
                .isTrue();
        assertThat(Origins.accepted("http://127.0.0.1:5173", "same-site", OWN, allowed))
                .isFalse();
        assertThat(Origins.accepted("http://127.0.0.1:5173", null, OWN, allowed))
                .isFalse();
        assertThat(Origins.accepted("null", "same-origin", OWN, allowed)).isFalse();
        assertThat(Origins.accepted("not an origin", "same-origin", OWN, allowed))
                .isFalse();
        assertThat(Origins.accepted("http://127.0.0.1:8080", null, null, allowed))
                .isFalse();
        assertThatThrownBy(() -> Origins.normalizeAll(Set.of("app.example.test")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("app.example.test");
    }

    @Test
    void point5_simple_request_content_types_are_refused_on_json_calls() {
        String t = TOKENS.mint("user:ann");
        for (String type : new String[] {
            "text/plain",
            "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x",
            "",
            "application/json; charset=iso-8859-1"
        }) {
            MizanException e = check(null, null, type, t, t);
            assertThat(e).as(type).isNotNull();
            assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST);
            assertThat(e.details()).containsEntry("reason", "content_type");
        }
        assertThat(reason(check(null, null, null, t, t))).isEqualTo("content_type");
        assertThat(check(null, null, "application/json; charset=UTF-8", t, t)).isNull();
        assertThat(check(null, null, "application/vnd.api+json", t, t)).isNull();
    }

    @Test
    void point2_malformed_query_strings_are_bad_requests_not_container_errors() {
        for (String raw : new String[] {"=1", "a=%zz", "%00=1", "a=%", "a=%e2%82", "a=1&a=2", "a=\u00e9"}) {
            assertThatThrownBy(() -> QueryStrings.parse(raw))
                    .as(raw)
                    .isInstanceOfSatisfying(
                            MizanException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
        assertThat(QueryStrings.parse("projectId=7&q=a+b%20c&e=%E2%82%AC"))
                .isEqualTo(Map.of("projectId", "7", "q", "a b c", "e", "€"));
        assertThat(QueryStrings.parse("&&x=")).isEqualTo(Map.of("x", ""));
        assertThat(QueryStrings.parse(null)).isEmpty();
    }
}
