package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * MWT (MIZAN.md §5): the session issues an HS256 token of the caller's permission class in its
 * answer and in a cookie, under keys derived from the cache secret; the server renews a token that
 * is missing, of another class, or refused (forged, expired, unsigned, of a foreign key, of another
 * type), and keeps a valid one of the caller's class.
 */
@ExtendWith(ConformanceServer.class)
class MwtProbe {

    private static long now() {
        return System.currentTimeMillis() / 1000;
    }

    private static Map<String, Agent> everyClass(Wire wire) {
        Map<String, Agent> agents = new LinkedHashMap<>();
        agents.put("anon", wire.anonymous());
        agents.put("auth", wire.user());
        agents.put("staff", wire.staff());
        agents.put("superuser", wire.superuser());
        return agents;
    }

    @Test
    void the_session_issues_a_token_of_the_callers_class_in_its_answer_and_cookie(Wire wire) throws IOException {
        String secret = Mwts.fixtureSecret();
        for (Map.Entry<String, Agent> e : everyClass(wire).entrySet()) {
            Reply session = e.getValue().session();
            assertThat(session.status()).isEqualTo(200);
            String token = session.json().path("mwt").asString("");
            assertThat(Mwts.verify(token, secret, now())).as(e.getKey()).isEqualTo(e.getKey());
            assertThat(Mwts.cookie(session)).as(e.getKey()).isEqualTo(token);
            assertThat(Mwts.cookieHeader(session)).contains("HttpOnly", "Path=/", "Max-Age=");
            JsonNode header =
                    Json.MAPPER.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[0]));
            assertThat(header.get("kid").asString()).isEqualTo(Mwts.kid(secret));
        }
    }

    /** A token with 590 of the fixture's 600 seconds left: not due for renewal (half its life). */
    @Test
    void a_valid_token_of_the_callers_class_is_kept_and_one_of_another_class_replaced(Wire wire) throws IOException {
        String secret = Mwts.fixtureSecret();
        Map<String, Agent> agents = everyClass(wire);
        for (String presented : agents.keySet()) {
            for (Map.Entry<String, Agent> caller : everyClass(wire).entrySet()) {
                String token = Mwts.mint(secret, presented, now() - 5, now() + 590);
                Reply reply = caller.getValue().get("/ctx/catalog/?itemId=1", Map.of("Cookie", "mizan_mwt=" + token));
                assertThat(reply.status()).isEqualTo(200);
                String renewed = Mwts.cookie(reply);
                if (presented.equals(caller.getKey())) {
                    assertThat(renewed)
                            .as(presented + " presented by " + caller.getKey())
                            .isNull();
                } else {
                    assertThat(renewed)
                            .as(presented + " presented by " + caller.getKey())
                            .isNotNull();
                    assertThat(Mwts.verify(renewed, secret, now())).isEqualTo(caller.getKey());
                }
            }
        }
    }

    @Test
    void forged_expired_unsigned_and_foreign_tokens_are_replaced(Wire wire) throws IOException {
        String secret = Mwts.fixtureSecret();
        long now = now();
        String good = Mwts.mint(secret, "anon", now - 5, now + 590);
        String[] parts = good.split("\\.");
        String raised = Mwts.b64("{\"perm\":\"superuser\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}");
        Map<String, String> bad = new LinkedHashMap<>();
        bad.put("tampered payload", parts[0] + "." + raised + "." + parts[2]);
        bad.put("alg none", Mwts.b64("{\"alg\":\"none\",\"typ\":\"mwt+jwt\"}") + "." + parts[1] + ".");
        bad.put("expired", Mwts.mint(secret, "anon", now - 1200, now - 600));
        bad.put("not yet valid", Mwts.mint(secret, "anon", now + 600, now + 1200));
        bad.put("foreign secret", Mwts.mint("a-secret-nobody-configured-0123456789abcdef", "anon", now, now + 300));
        bad.put(
                "HS/RS confusion",
                Mwts.sign(
                        "{\"alg\":\"RS256\",\"kid\":\"" + Mwts.kid(secret) + "\",\"typ\":\"mwt+jwt\"}",
                        "{\"perm\":\"anon\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}",
                        secret));
        bad.put(
                "wrong typ",
                Mwts.sign(
                        "{\"alg\":\"HS256\",\"kid\":\"" + Mwts.kid(secret) + "\",\"typ\":\"JWT\"}",
                        "{\"perm\":\"anon\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}",
                        secret));
        assertThat(Mwts.cookie(wire.anonymous().get("/ctx/catalog/?itemId=1", Map.of("Cookie", "mizan_mwt=" + good))))
                .as("a valid anonymous token is kept")
                .isNull();
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Reply reply = wire.anonymous().get("/ctx/catalog/?itemId=1", Map.of("Cookie", "mizan_mwt=" + e.getValue()));
            String renewed = Mwts.cookie(reply);
            assertThat(renewed).as(e.getKey()).isNotNull();
            assertThat(Mwts.verify(renewed, secret, now())).as(e.getKey()).isEqualTo("anon");
        }
    }

    @Test
    void the_vector_file_pins_every_refusal_the_contract_names(Wire wire) throws IOException {
        JsonNode file = Json.MAPPER.readTree(Files.readString(Mwts.VECTORS));
        List<String> names = file.get("vectors")
                .valueStream()
                .map(v -> v.get("name").asString())
                .toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(30);
        assertThat(String.join("\n", names))
                .contains(
                        "expired",
                        "not yet valid",
                        "unknown kid",
                        "tampered payload",
                        "alg none",
                        "HS/RS confusion",
                        "wrong typ");
        for (JsonNode v : file.get("vectors")) {
            String perm = Mwts.verify(
                    v.get("token").asString(),
                    file.get("secrets").get("current").asString(),
                    file.get("now").asLong());
            if (perm == null) {
                perm = Mwts.verify(
                        v.get("token").asString(),
                        file.get("secrets").get("previous").asString(),
                        file.get("now").asLong());
            }
            assertThat(perm != null)
                    .as(v.get("name").asString())
                    .isEqualTo(v.get("valid").asBoolean());
        }
    }
}
