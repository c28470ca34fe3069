package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.TestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The JDBC revocation store: two instances of the application on one database see each other's
 * logouts, and a restarted instance still refuses what was revoked before the restart.
 */
class JwtJdbcStoreTest {

    private static ConfigurableApplicationContext start() {
        return new SpringApplication(TestApp.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.datasource.url=jdbc:h2:mem:mizan-jwt-store;DB_CLOSE_DELAY=-1",
                        "--mizan.jwt.enabled=true",
                        "--mizan.jwt.store=jdbc",
                        "--mizan.jwt.keys[0].kid=k1",
                        "--mizan.jwt.keys[0].secret=" + Tokens.PROPERTIES_K1);
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
    }

    @Test
    void revocations_are_shared_by_instances_and_survive_a_restart() {
        ConfigurableApplicationContext a = start();
        ConfigurableApplicationContext b = start();
        JsonNode pair;
        try {
            pair = post(port(a), "login", "{\"username\": \"ann\", \"password\": \"pw\"}", null)
                    .result();
            String access = pair.get("access_token").asString();
            assertThat(post(port(b), "whoami", "{}", access).status()).isEqualTo(200);
            // a refresh on A spends the token; replaying it on B is a reuse and revokes the family
            JsonNode next = post(port(a), "refresh", refreshArgs(pair), null).result();
            Browser.Answer replay = post(port(b), "refresh", refreshArgs(pair), null);
            assertThat(replay.json().at("/error/details/reason").asString()).isEqualTo("refresh_token_reused");
            JwtAuthTest.assertRefused(
                    post(port(a), "whoami", "{}", next.get("access_token").asString()), "token_revoked");
            // a fresh session, signed out on B, is refused on A
            pair = post(port(a), "login", "{\"username\": \"sam\", \"password\": \"pw\"}", null)
                    .result();
            assertThat(post(port(b), "logout", refreshArgs(pair), null).status())
                    .isEqualTo(200);
            JwtAuthTest.assertRefused(
                    post(port(a), "whoami", "{}", pair.get("access_token").asString()), "token_revoked");
        } finally {
            a.close();
            b.close();
        }
        ConfigurableApplicationContext restarted = start();
        try {
            JwtAuthTest.assertRefused(
                    post(
                            port(restarted),
                            "whoami",
                            "{}",
                            pair.get("access_token").asString()),
                    "token_revoked");
            assertThat(post(port(restarted), "refresh", refreshArgs(pair), null).status())
                    .isEqualTo(401);
        } finally {
            restarted.close();
        }
    }

    private static String refreshArgs(JsonNode pair) {
        return "{\"refreshToken\": \"" + pair.get("refresh_token").asString() + "\"}";
    }

    private static Browser.Answer post(int port, String function, String args, String bearer) {
        String body = "{\"function\": \"" + function + "\", \"args\": " + args + "}";
        return new Browser(port).postRaw(body, bearer == null ? Map.of() : Map.of("Authorization", "Bearer " + bearer));
    }
}
