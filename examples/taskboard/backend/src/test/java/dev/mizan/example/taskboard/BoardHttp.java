package dev.mizan.example.taskboard;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A browser-like client of the running app: cookies, form login, CSRF token, Mizan calls. */
final class BoardHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Answer(int status, JsonNode body) {}

    private final String base;
    private final HttpClient http;

    BoardHttp(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Signs in through the form login, as the browser does: the static sign-in page fetches the form's token. */
    BoardHttp signIn(String username, String password) throws IOException, InterruptedException {
        JsonNode token = JSON.readTree(
                send(HttpRequest.newBuilder(URI.create(base + "/login/token")).GET())
                        .body());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&"
                + token.get("parameterName").asString() + "="
                + enc(token.get("token").asString());
        var answer = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + answer.statusCode() + " " + location);
        }
        return this;
    }

    Answer session() throws IOException, InterruptedException {
        return answer(send(
                HttpRequest.newBuilder(URI.create(base + "/api/mizan/session/")).GET()));
    }

    Answer context(String name, String query) throws IOException, InterruptedException {
        return answer(send(HttpRequest.newBuilder(URI.create(base + "/api/mizan/ctx/" + name + "/?" + query))
                .GET()));
    }

    /** Calls a function with the session's CSRF token, as the kernel does. */
    Answer call(String function, Map<String, Object> args) throws IOException, InterruptedException {
        String token = session().body().path("csrf_token").asString();
        String body = JSON.writeValueAsString(Map.of("function", function, "args", args));
        return answer(send(HttpRequest.newBuilder(URI.create(base + "/api/mizan/call/"))
                .header("Content-Type", "application/json")
                .header("X-CSRF-Token", token)
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Answer answer(HttpResponse<String> response) {
        String body = response.body();
        return new Answer(response.statusCode(), body.isEmpty() ? JSON.nullNode() : JSON.readTree(body));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
