package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** JWT auth over real HTTP: login, every kind of bad token, refresh rotation and reuse, logout, CSRF. */
@TestPropertySource(
        properties = {
            "mizan.jwt.enabled=true",
            "mizan.jwt.issuer=mizan-test",
            "mizan.jwt.audience=mizan-test-api",
            "mizan.jwt.keys[0].kid=k1",
            "mizan.jwt.keys[0].secret=YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazE=",
            "mizan.jwt.keys[1].kid=k2",
            "mizan.jwt.keys[1].secret=YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazI=",
            "mizan.jwt.store=memory",
            "mizan.jwt.login-failures-per-address=1000"
        })
class JwtAuthTest extends ServerTest {

    @Test
    void the_property_secrets_are_the_test_secrets() {
        assertThat(Tokens.PROPERTIES_K1).isEqualTo("YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazE=");
        assertThat(Tokens.PROPERTIES_K2).isEqualTo("YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazI=");
    }

    @Test
    void login_with_good_credentials_returns_a_token_pair_without_any_csrf_token() {
        Browser.Answer answer = login("ann", "pw");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode pair = answer.result();
        assertThat(pair.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expires_in").asLong()).isEqualTo(300);
        assertThat(pair.get("access_token").asString()).isNotBlank();
        assertThat(pair.get("refresh_token").asString()).isNotBlank();
        assertThat(answer.header("Set-Cookie")).isEmpty();
    }

    @Test
    void login_with_bad_credentials_is_unauthorized() {
        Browser.Answer answer = login("oli", "wrong");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.json().at("/error/details/reason").asString()).isEqualTo("bad_credentials");
        assertThat(login("nobody", "pw").status()).isEqualTo(401);
    }

    @Test
    void a_valid_access_token_authenticates_its_user() {
        Browser.Answer answer = bearerCall(accessOf("ann"), "whoami");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.result().get(0).asString()).isEqualTo("ann");
        assertThat(bearerCall(Tokens.access("ann", c -> c), "whoami").status()).isEqualTo(200);
    }

    @Test
    void a_token_signed_with_the_second_live_key_passes_during_rotation() {
        String token = Tokens.sign(Tokens.claims("ann", List.of("USER")).build(), "k2", Tokens.K2);
        assertThat(bearerCall(token, "whoami").status()).isEqualTo(200);
    }

    @Test
    void an_expired_token_is_refused_as_expired() {
        String token = Tokens.access(
                "ann",
                c -> c.issueTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .notBeforeTime(Date.from(Instant.now().minus(Duration.ofHours(1))))
                        .expirationTime(Date.from(Instant.now().minus(Duration.ofMinutes(10)))));
        Browser.Answer answer = bearerCall(token, "whoami");
        assertRefused(answer, "token_expired");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
    }

    @Test
    void a_tampered_token_is_refused() {
        assertRefused(bearerCall(Tokens.tampered(accessOf("ann")), "whoami"), "token_invalid");
    }

    @Test
    void an_unsigned_alg_none_token_is_refused() {
        assertRefused(bearerCall(Tokens.unsigned("ann"), "whoami"), "token_invalid");
    }

    @Test
    void an_algorithm_outside_the_allowlist_is_refused() {
        String secret = Tokens.K1.repeat(2);
        String token = Tokens.sign(Tokens.claims("ann", List.of("USER")).build(), "k1", secret, JWSAlgorithm.HS512);
        assertRefused(bearerCall(token, "whoami"), "token_invalid");
    }

    @Test
    void a_token_for_another_audience_or_issuer_is_refused() {
        assertRefused(bearerCall(Tokens.access("ann", c -> c.audience("other-api")), "whoami"), "token_invalid");
        assertRefused(bearerCall(Tokens.access("ann", c -> c.issuer("someone-else")), "whoami"), "token_invalid");
    }

    @Test
    void a_token_signed_with_a_wrong_key_or_an_unknown_kid_is_refused() {
        String wrongKey =
                Tokens.sign(Tokens.claims("ann", List.of("USER")).build(), "k1", "another-32-byte-secret-nobody-has");
        assertRefused(bearerCall(wrongKey, "whoami"), "token_invalid");
        String unknownKid = Tokens.sign(Tokens.claims("ann", List.of("USER")).build(), "k9", Tokens.K1);
        assertRefused(bearerCall(unknownKid, "whoami"), "token_invalid");
    }

    @Test
    void a_token_not_valid_before_a_future_time_is_refused() {
        Browser.Answer answer = bearerCall(
                Tokens.access(
                        "ann", c -> c.notBeforeTime(Date.from(Instant.now().plus(Duration.ofMinutes(10))))),
                "whoami");
        assertRefused(answer, "token_invalid");
    }

    @Test
    void a_refresh_token_is_no_access_token_and_garbage_is_refused() {
        String refresh = login("ann", "pw").result().get("refresh_token").asString();
        assertRefused(bearerCall(refresh, "whoami"), "token_invalid");
        assertRefused(bearerCall("not.a.jwt", "whoami"), "token_invalid");
        assertRefused(bearerCall("", "whoami"), "token_invalid");
    }

    @Test
    void a_bad_token_is_refused_even_for_a_public_function() {
        assertRefused(bearerCall(Tokens.tampered(accessOf("ann")), "health"), "token_invalid");
    }

    @Test
    void refresh_rotates_both_tokens_and_the_new_ones_work() {
        JsonNode first = login("ann", "pw").result();
        Browser.Answer refreshed = refresh(first.get("refresh_token").asString());
        assertThat(refreshed.status()).isEqualTo(200);
        JsonNode second = refreshed.result();
        assertThat(second.get("refresh_token").asString())
                .isNotEqualTo(first.get("refresh_token").asString());
        assertThat(second.get("access_token").asString())
                .isNotEqualTo(first.get("access_token").asString());
        assertThat(bearerCall(second.get("access_token").asString(), "whoami").status())
                .isEqualTo(200);
        assertThat(refresh(second.get("refresh_token").asString()).status()).isEqualTo(200);
    }

    @Test
    void reusing_a_spent_refresh_token_revokes_the_whole_family() {
        JsonNode first = login("ann", "pw").result();
        JsonNode second = refresh(first.get("refresh_token").asString()).result();
        Browser.Answer replay = refresh(first.get("refresh_token").asString());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().at("/error/details/reason").asString()).isEqualTo("refresh_token_reused");
        // the thief's and the owner's newer tokens are dead too
        Browser.Answer next = refresh(second.get("refresh_token").asString());
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.json().at("/error/details/reason").asString()).isEqualTo("token_revoked");
        assertRefused(bearerCall(second.get("access_token").asString(), "whoami"), "token_revoked");
        assertRefused(bearerCall(first.get("access_token").asString(), "whoami"), "token_revoked");
        // another login of the same user is a new family and unaffected
        assertThat(bearerCall(accessOf("ann"), "whoami").status()).isEqualTo(200);
    }

    @Test
    void a_garbage_refresh_token_is_unauthorized() {
        Browser.Answer answer = refresh("garbage");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().at("/error/details/reason").asString()).isEqualTo("token_invalid");
    }

    @Test
    void logout_revokes_the_access_and_the_refresh_token() {
        JsonNode pair = login("ann", "pw").result();
        String access = pair.get("access_token").asString();
        Browser.Answer out = anonymous()
                .postRaw(
                        call(
                                "logout",
                                "{\"refreshToken\": \""
                                        + pair.get("refresh_token").asString() + "\"}"),
                        Map.of("Authorization", "Bearer " + access));
        assertThat(out.status()).isEqualTo(200);
        assertRefused(bearerCall(access, "whoami"), "token_revoked");
        assertThat(refresh(pair.get("refresh_token").asString()).status()).isEqualTo(401);
    }

    @Test
    void logout_with_the_access_token_alone_revokes_its_refresh_token_too() {
        JsonNode pair = login("ann", "pw").result();
        Browser.Answer out = bearerCall(pair.get("access_token").asString(), "logout");
        assertThat(out.status()).isEqualTo(200);
        assertThat(refresh(pair.get("refresh_token").asString()).status()).isEqualTo(401);
    }

    @Test
    void bearer_auth_works_on_context_bundles_with_the_same_levels() {
        Browser.Answer mine = bearerGet(accessOf("ann"), "/api/mizan/ctx/mine/");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.json().get("my_name").asString()).isEqualTo("ann");
        // A refused guarded context answers as an unknown one (docs/protocol.md, Guarded names).
        assertThat(bearerGet(accessOf("ann"), "/api/mizan/ctx/staff_area/").status())
                .isEqualTo(404);
        assertThat(bearerGet(accessOf("sam"), "/api/mizan/ctx/staff_area/").status())
                .isEqualTo(200);
        assertRefused(bearerGet(Tokens.unsigned("sam"), "/api/mizan/ctx/staff_area/"), "token_invalid");
    }

    @Test
    void a_bearer_token_authenticates_the_websocket_upgrade_without_a_csrf_token() {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        URI ws = URI.create("ws://127.0.0.1:" + port + "/api/mizan/ws/");
        try (Socket ann = Socket.open(http, ws, null, Map.of("Authorization", "Bearer " + accessOf("ann")));
                Socket sam = Socket.open(http, ws, null, Map.of("Authorization", "Bearer " + accessOf("sam")))) {
            assertThat(ann.next("ready", Duration.ofSeconds(5)).has("seq")).isTrue();
            assertThat(ann.request("call", "\"function\": \"my_name\"")
                            .at("/result")
                            .asString())
                    .isEqualTo("ann");
            assertThat(ann.request("call", "\"function\": \"staff_report\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("NOT_FOUND");
            assertThat(sam.request("call", "\"function\": \"staff_report\"").has("result"))
                    .isTrue();
        }
        for (String bad : List.of(Tokens.unsigned("ann"), Tokens.tampered(accessOf("ann")))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> Socket.open(http, ws, null, Map.of("Authorization", "Bearer " + bad)))
                    .isInstanceOfSatisfying(
                            Socket.Refused.class, r -> assertThat(r.status).isEqualTo(401));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Socket.open(http, ws, null, Map.of()))
                .isInstanceOfSatisfying(
                        Socket.Refused.class, r -> assertThat(r.status).isEqualTo(403));
    }

    @Test
    void bearer_calls_need_no_csrf_token_but_cookie_sessions_still_do() {
        assertThat(bearerCall(accessOf("ann"), "ping").status()).isEqualTo(200);
        Browser cookie = as("ann");
        Browser.Answer withoutToken = cookie.postRaw(call("ping", "{}"), Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.json().at("/error/details/reason").asString()).isEqualTo("csrf");
        assertThat(cookie.call("ping", "{}").status()).isEqualTo(200);
    }

    @Test
    void point5_bearer_calls_still_need_a_json_body_but_no_origin_check() {
        String token = accessOf("ann");
        for (String type :
                List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            Browser.Answer simple = anonymous()
                    .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mizan/call/"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", type)
                            .POST(HttpRequest.BodyPublishers.ofString(call("ping", "{}"))));
            assertThat(simple.status()).as(type).isEqualTo(400);
            // A multipart body goes on to the upload reader: this one is no valid form.
            assertThat(simple.json().at("/error/details/reason").asString())
                    .isEqualTo(type.startsWith("multipart/") ? "multipart" : "content_type");
        }
        // A bearer token is no ambient credential: a page on another origin can only send it if it holds it.
        Browser.Answer foreign = anonymous()
                .postRaw(
                        call("ping", "{}"),
                        Map.of("Authorization", "Bearer " + token, "Origin", "https://other.example"));
        assertThat(foreign.status()).isEqualTo(200);
    }

    @Test
    void a_bearer_token_does_not_start_a_session() {
        Browser browser = anonymous();
        browser.postRaw(call("whoami", "{}"), Map.of("Authorization", "Bearer " + accessOf("ann")));
        Browser.Answer after = browser.postRaw(call("whoami", "{}"), Map.of());
        assertThat(after.status()).isNotEqualTo(200);
        assertThat(browser.session().json().get("user").isNull()).isTrue();
    }

    @Test
    void every_user_gets_through_bearer_exactly_what_their_session_gets() {
        List<String> users = List.of("ann", "sam", "sue", "oli");
        List<String> functions =
                List.of("whoami", "staff_report", "root_report", "ops_report", "health", "method_secured");
        for (String user : users) {
            Browser session = as(user);
            String access = accessOf(user);
            for (String fn : functions) {
                Browser.Answer bySession = session.call(fn, "{}");
                Browser.Answer byBearer = bearerCall(access, fn);
                assertThat(byBearer.status()).as(user + " → " + fn).isEqualTo(bySession.status());
                assertThat(byBearer.code()).as(user + " → " + fn).isEqualTo(bySession.code());
            }
        }
        for (String fn : functions) {
            assertThat(anonymous().call(fn, "{}").status())
                    .as("anonymous → " + fn)
                    .isIn(fn.equals("health") ? List.of(200) : List.of(401));
        }
    }

    String accessOf(String user) {
        Browser.Answer answer = login(user, "pw");
        assertThat(answer.status()).as("login of " + user).isEqualTo(200);
        return answer.result().get("access_token").asString();
    }

    Browser.Answer login(String username, String password) {
        return anonymous()
                .postRaw(
                        call("login", "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}"),
                        Map.of());
    }

    private Browser.Answer refresh(String token) {
        return anonymous().postRaw(call("refresh", "{\"refreshToken\": \"" + token + "\"}"), Map.of());
    }

    private Browser.Answer bearerCall(String token, String function) {
        return anonymous().postRaw(call(function, "{}"), Map.of("Authorization", "Bearer " + token));
    }

    private Browser.Answer bearerGet(String token, String path) {
        return anonymous()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .GET());
    }

    private static String call(String function, String args) {
        return "{\"function\": \"" + function + "\", \"args\": " + args + "}";
    }

    static void assertRefused(Browser.Answer answer, String reason) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.json().at("/error/details/reason").asString()).isEqualTo(reason);
    }
}
