package dev.mizan.spring.plain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs in its own test execution with Spring Security removed from the classpath: public functions
 * work, CSRF is still checked, and guarded functions answer 401 since nobody can sign in.
 */
@SpringBootTest(classes = PlainApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithoutSpringSecurityTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void spring_security_is_really_absent() {
        assertThat(getClass().getClassLoader().getResource("org/springframework/security/core/Authentication.class"))
                .isNull();
    }

    @Test
    void serves_public_functions_and_contexts_with_csrf_and_refuses_guarded_ones() throws Exception {
        JsonNode session = JSON.readTree(
                send(HttpRequest.newBuilder(uri("/session/")).GET()).body());
        assertThat(session.get("user").isNull()).isTrue();
        String token = session.get("csrf_token").asString();

        HttpResponse<String> greet = call("{\"function\": \"greet\", \"args\": {\"name\": \"ann\"}}", token);
        assertThat(greet.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(greet.body()).get("result").asString()).isEqualTo("hello ann");

        assertThat(call("{\"function\": \"greet\", \"args\": {\"name\": \"ann\"}}", "wrong")
                        .statusCode())
                .isEqualTo(403);
        assertThat(call("{\"function\": \"secret\"}", token).statusCode()).isEqualTo(401);
        assertThat(send(HttpRequest.newBuilder(uri("/ctx/global/")).GET()).body())
                .isEqualTo("{\"motd\":\"plain\"}");
    }

    private HttpResponse<String> call(String body, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/call/"))
                .header("X-CSRF-Token", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + "/api/mizan" + path);
    }
}
