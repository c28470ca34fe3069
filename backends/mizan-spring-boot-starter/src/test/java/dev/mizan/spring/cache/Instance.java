package dev.mizan.spring.cache;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One running instance of {@link CacheApp} on a free port, with a plain HTTP client per caller. */
final class Instance implements AutoCloseable {

    static final String SECRET = "test-cache-secret-0123456789abcdef";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext app;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    private Instance(ConfigurableApplicationContext app) {
        this.app = app;
        this.base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/mizan";
    }

    static Instance start(String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "mizan.csrf.enabled=false",
                "mizan.default-auth=public",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN"));
        all.addAll(List.of(properties));
        return new Instance(new SpringApplicationBuilder(CacheApp.class)
                .properties(all.toArray(String[]::new))
                .run());
    }

    CacheApp.Catalog catalog() {
        return app.getBean(CacheApp.Catalog.class);
    }

    /** One HTTP answer. */
    record Answer(int status, String body, String cache, String cacheControl) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer get(@Nullable String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer catalog(@Nullable String user, String itemId) {
        return get(user, "/ctx/catalog/?itemId=" + URLEncoder.encode(itemId, StandardCharsets.UTF_8));
    }

    Answer call(@Nullable String user, String function, String args) {
        return send(
                user,
                HttpRequest.newBuilder(URI.create(base + "/call/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"function\":\"" + function + "\",\"args\":" + args + "}")));
    }

    private Answer send(@Nullable String user, HttpRequest.Builder request) {
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    r.statusCode(),
                    r.body(),
                    r.headers().firstValue("X-Mizan-Cache").orElse(""),
                    r.headers().firstValue("Cache-Control").orElse(""));
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
