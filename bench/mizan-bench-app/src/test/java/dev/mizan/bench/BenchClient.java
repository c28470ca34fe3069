package dev.mizan.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A loopback client that talks to the bench app as the load generator does: session first, then calls. */
final class BenchClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private String cookie = "";
    private String csrf = "";

    BenchClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Fetches {@code /session/} and keeps its CSRF cookie and token for later calls. */
    void openSession() throws IOException, InterruptedException {
        HttpResponse<String> session = get("/api/mizan/session/");
        List<String> setCookies = session.headers().allValues("Set-Cookie");
        cookie = String.join(
                "; ", setCookies.stream().map(c -> c.split(";", 2)[0]).toList());
        csrf = JSON.readTree(session.body()).get("csrf_token").stringValue();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie).header("X-CSRF-Token", csrf);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
