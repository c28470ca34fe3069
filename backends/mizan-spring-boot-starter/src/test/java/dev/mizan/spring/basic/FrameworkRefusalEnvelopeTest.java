package dev.mizan.spring.basic;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Regression: a failed HTTP Basic sign-in on the Mizan path was answered by the application's
 * error page ({@code {"timestamp", "status", "error", "path"}}), because the Basic filter uses its
 * own entry point. Every framework refusal on the path is an envelope.
 */
@SpringBootTest(classes = BasicAuthApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FrameworkRefusalEnvelopeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_failed_basic_sign_in_answers_an_unauthorized_envelope() throws Exception {
        HttpResponse<String> answer = send(basic("ann", "wrong")
                .uri(URI.create(base() + "/call/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"function\": \"whoami\", \"args\": {}}")));

        assertThat(answer.statusCode()).isEqualTo(401);
        assertEnvelope(answer, "UNAUTHORIZED");
    }

    @Test
    void a_failed_basic_sign_in_on_a_context_answers_an_unauthorized_envelope() throws Exception {
        HttpResponse<String> answer =
                send(basic("nobody", "pw").uri(URI.create(base() + "/session/")).GET());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertEnvelope(answer, "UNAUTHORIZED");
    }

    @Test
    void a_good_basic_sign_in_still_reaches_the_function() throws Exception {
        HttpResponse<String> session =
                send(basic("ann", "pw").uri(URI.create(base() + "/session/")).GET());
        String token = JSON.readTree(session.body()).get("csrf_token").asString();
        String cookie = session.headers().allValues("Set-Cookie").stream()
                .map(c -> c.substring(0, c.indexOf(';')))
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();

        HttpResponse<String> answer = send(basic("ann", "pw")
                .uri(URI.create(base() + "/call/"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", token)
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("{\"function\": \"whoami\", \"args\": {}}")));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).get("result").asString()).isEqualTo("ann");
    }

    private static void assertEnvelope(HttpResponse<String> answer, String code) {
        JsonNode body = JSON.readTree(answer.body());
        assertThat(body.propertyNames()).containsExactly("error");
        assertThat(body.get("error").get("code").asString()).isEqualTo(code);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/api/mizan";
    }

    private static HttpRequest.Builder basic(String user, String password) {
        String credentials =
                Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder().header("Authorization", "Basic " + credentials);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
