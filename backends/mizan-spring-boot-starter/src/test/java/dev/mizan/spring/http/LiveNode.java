package dev.mizan.spring.http;

import dev.mizan.spring.live.LiveApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** One running instance of {@link LiveApp} on a free port; callers sign in with HTTP Basic. */
final class LiveNode implements AutoCloseable {

    private final ConfigurableApplicationContext app;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    private LiveNode(ConfigurableApplicationContext app) {
        this.app = app;
        this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    static LiveNode start(String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "mizan.csrf.enabled=false",
                "mizan.default-auth=public",
                "mizan.cache.secret=live-node-origin-cache-secret-0123456789",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN"));
        all.addAll(List.of(properties));
        return new LiveNode(new SpringApplicationBuilder(LiveApp.class)
                .properties(all.toArray(String[]::new))
                .run());
    }

    /** An HTTP answer: status, JSON body and the {@code X-Mizan-Seq} header (-1 when absent). */
    record Answer(int status, JsonNode json, long seq) {}

    Answer call(@Nullable String user, String function, String args) {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(base() + "/call/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"function\":\"" + function + "\",\"args\":" + args + "}")));
    }

    Answer context(@Nullable String user, String pathAndQuery) {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(base() + "/ctx/" + pathAndQuery))
                        .GET());
    }

    Socket socket(@Nullable String user) {
        return Socket.open(
                http,
                URI.create("ws://127.0.0.1:" + port + "/api/mizan/ws/"),
                "http://127.0.0.1:" + port,
                user == null ? Map.of() : Map.of("Authorization", basic(user)));
    }

    private String base() {
        return "http://127.0.0.1:" + port + "/api/mizan";
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8));
    }

    private Answer send(@Nullable String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(),
                    Browser.JSON.readTree(r.body()),
                    r.headers().firstValue("X-Mizan-Seq").map(Long::parseLong).orElse(-1L));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
