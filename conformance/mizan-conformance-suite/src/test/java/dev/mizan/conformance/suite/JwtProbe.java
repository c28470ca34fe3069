package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * JWT auth over the wire: {@code login} / {@code refresh} / {@code logout}, bearer requests on
 * calls and context bundles without a CSRF token, rotation, reuse revoking the family, and
 * forged tokens refused with {@code 401} and a reason. (Expired, wrong-key and future-{@code nbf}
 * tokens need the server's key to forge; the starter's own tests cover them.)
 */
@ExtendWith(ConformanceServer.class)
class JwtProbe {

    @Test
    void login_answers_a_token_pair_and_refuses_bad_credentials(Wire wire) {
        JsonNode pair = Envelopes.result(login(wire, wire.target().user()));
        assertThat(pair.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(pair.get("expires_in").asLong()).isPositive();
        assertThat(pair.get("access_token").asString().split("\\.")).hasSize(3);
        assertThat(pair.get("refresh_token").asString().split("\\.")).hasSize(3);
        JsonNode error = Envelopes.error(
                wire.anonymous().postWithout(loginBody(wire.target().user().username(), "not-the-password"), Map.of()),
                "UNAUTHORIZED");
        assertThat(error.at("/details/reason").asString()).isEqualTo("bad_credentials");
    }

    @Test
    void a_bearer_token_authenticates_calls_and_context_bundles_without_a_csrf_token(Wire wire) {
        String staff = access(wire, wire.target().staff());
        assertThat(Envelopes.result(bearerCall(wire, staff, "whoami"))
                        .get("staff")
                        .asBoolean())
                .isTrue();
        assertThat(Envelopes.result(bearerCall(wire, staff, "staff_report")).asString())
                .isEqualTo("staff report");
        // A guarded name the caller may not use answers as an unknown one (protocol.md, Guarded names).
        Envelopes.error(bearerCall(wire, access(wire, wire.target().user()), "staff_report"), "NOT_FOUND");
        Reply admin = wire.anonymous().get("/ctx/admin/", Map.of("Authorization", "Bearer " + staff));
        assertThat(admin.status()).isEqualTo(200);
        Reply refused = wire.anonymous()
                .get(
                        "/ctx/admin/",
                        Map.of(
                                "Authorization",
                                "Bearer " + access(wire, wire.target().user())));
        Envelopes.error(refused, "NOT_FOUND");
    }

    @Test
    void cookie_requests_still_need_the_csrf_token(Wire wire) {
        Agent browser = wire.anonymous();
        browser.session();
        JsonNode error =
                Envelopes.error(browser.postWithout("{\"function\": \"ping\", \"args\": {}}", Map.of()), "FORBIDDEN");
        assertThat(error.at("/details/reason").asString()).isEqualTo("csrf");
    }

    @Test
    void forged_tokens_are_refused_with_401_and_a_reason(Wire wire) {
        String token = access(wire, wire.target().user());
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elevated = payload.replace("\"superuser\":false", "\"superuser\":true");
        assertThat(elevated).as("the token carries the superuser claim").isNotEqualTo(payload);
        String tampered = parts[0] + "." + b64(elevated) + "." + parts[2];
        String none = b64("{\"alg\":\"none\",\"typ\":\"at+jwt\"}") + "." + parts[1] + ".";
        for (String forged : new String[] {tampered, none, "garbage"}) {
            Reply reply = bearerCall(wire, forged, "whoami");
            JsonNode error = Envelopes.error(reply, "UNAUTHORIZED");
            assertThat(error.at("/details/reason").asString()).isEqualTo("token_invalid");
            assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        }
    }

    @Test
    void refresh_rotates_and_reusing_a_spent_refresh_token_revokes_the_family(Wire wire) {
        JsonNode first = Envelopes.result(login(wire, wire.target().user()));
        JsonNode second =
                Envelopes.result(refresh(wire, first.get("refresh_token").asString()));
        assertThat(second.get("refresh_token").asString())
                .isNotEqualTo(first.get("refresh_token").asString());
        Envelopes.result(bearerCall(wire, second.get("access_token").asString(), "whoami"));
        JsonNode reuse =
                Envelopes.error(refresh(wire, first.get("refresh_token").asString()), "UNAUTHORIZED");
        assertThat(reuse.at("/details/reason").asString()).isEqualTo("refresh_token_reused");
        Envelopes.error(refresh(wire, second.get("refresh_token").asString()), "UNAUTHORIZED");
        JsonNode revoked =
                Envelopes.error(bearerCall(wire, second.get("access_token").asString(), "whoami"), "UNAUTHORIZED");
        assertThat(revoked.at("/details/reason").asString()).isEqualTo("token_revoked");
    }

    @Test
    void logout_revokes_the_session(Wire wire) {
        JsonNode pair = Envelopes.result(login(wire, wire.target().user()));
        String access = pair.get("access_token").asString();
        Envelopes.result(wire.anonymous()
                .postWithout(
                        "{\"function\": \"logout\", \"args\": {\"refreshToken\": \""
                                + pair.get("refresh_token").asString() + "\"}}",
                        Map.of("Authorization", "Bearer " + access)));
        Envelopes.error(bearerCall(wire, access, "whoami"), "UNAUTHORIZED");
        Envelopes.error(refresh(wire, pair.get("refresh_token").asString()), "UNAUTHORIZED");
    }

    private static String b64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String loginBody(String username, String password) {
        return "{\"function\": \"login\", \"args\": {\"username\": " + Json.write(username) + ", \"password\": "
                + Json.write(password) + "}}";
    }

    private static Reply login(Wire wire, Account account) {
        return wire.anonymous().postWithout(loginBody(account.username(), account.password()), Map.of());
    }

    private static String access(Wire wire, Account account) {
        return Envelopes.result(login(wire, account)).get("access_token").asString();
    }

    private static Reply refresh(Wire wire, String token) {
        return wire.anonymous()
                .postWithout(
                        "{\"function\": \"refresh\", \"args\": {\"refreshToken\": " + Json.write(token) + "}}",
                        Map.of());
    }

    private static Reply bearerCall(Wire wire, String token, String function) {
        return wire.anonymous()
                .postWithout(
                        "{\"function\": \"" + function + "\", \"args\": {}}",
                        Map.of("Authorization", "Bearer " + token));
    }
}
