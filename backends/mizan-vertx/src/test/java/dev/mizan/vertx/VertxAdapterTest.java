package dev.mizan.vertx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.cache.CacheSettings;
import dev.mizan.core.registry.RegistryException;
import dev.mizan.core.upload.UploadSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adapter's own behaviour on a real port: threads, development mode, mounting, refusals. */
class VertxAdapterTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Vertx vertx;
    private Mizan mizan;
    private String base;

    @AfterEach
    void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (mizan != null) {
            mizan.close();
        }
    }

    private void start(Mizan.Builder builder, Consumer<Router> before, String mountPath) throws Exception {
        vertx = Vertx.vertx();
        mizan = builder.csrf(false).build();
        Router root = Router.router(vertx);
        before.accept(root);
        String basePath = "/api/mizan";
        if (mountPath.isEmpty()) {
            mizan.mount(root, basePath);
        } else {
            Router sub = Router.router(vertx);
            mizan.mount(sub, basePath);
            root.route(mountPath + "/*").subRouter(sub);
        }
        HttpServer server = vertx.createHttpServer()
                .requestHandler(root)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.actualPort() + mountPath + basePath;
    }

    private void start(Mizan.Builder builder) throws Exception {
        start(builder, router -> {}, "");
    }

    private static HttpResponse<String> call(String base, String function) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/call/"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"function\":\"" + function + "\",\"args\":{}}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    @Test
    void functions_run_on_virtual_threads_unless_marked_non_blocking() throws Exception {
        start(Mizan.builder().register(new Threads()));

        assertThat(json(call(base, "blocking_default")).path("result").asBoolean())
                .as("a plain function runs on a virtual thread")
                .isTrue();
        assertThat(json(call(base, "quick")).path("result").asBoolean())
                .as("a @NonBlocking function runs on the event loop")
                .isTrue();
        JsonNode bundle = json(get(base + "/ctx/threads/"));
        assertThat(bundle.path("member_one").asBoolean()).isTrue();
        assertThat(bundle.path("member_two").asBoolean()).isTrue();
    }

    @Test
    void development_mode_refuses_a_non_blocking_function_that_blocks() throws Exception {
        start(Mizan.builder().register(new Threads()).developmentMode(true).eventLoopBudget(Duration.ofMillis(50)));

        HttpResponse<String> response = call(base, "sleepy");

        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode error = json(response).path("error");
        assertThat(error.path("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(error.path("details").path("reason").asString()).isEqualTo("blocked_event_loop");
        assertThat(error.path("details").path("function").asString()).isEqualTo("sleepy");
        assertThat(json(call(base, "quick")).path("result").asBoolean())
                .as("a quick one still passes")
                .isTrue();
    }

    @Test
    void without_development_mode_a_blocking_non_blocking_function_is_only_slow() throws Exception {
        start(Mizan.builder().register(new Threads()));

        assertThat(json(call(base, "sleepy")).path("result").asString()).isEqualTo("slept");
    }

    @Test
    void cached_functions_need_the_origin_cache_settings() {
        assertThatThrownBy(() -> Mizan.builder().register(new CachedReads()).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cache(");
    }

    @Test
    void a_cached_bundle_runs_off_the_event_loop_and_reports_its_cache_outcome() throws Exception {
        start(Mizan.builder()
                .register(new CachedReads())
                .cache(CacheSettings.inMemory("vertx-adapter-test-cache-secret-0123456789")));
        HttpResponse<String> first = get(base + "/ctx/cached/");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(first.body()).path("on_loop").asBoolean()).isFalse();
        assertThat(first.headers().firstValue("X-Mizan-Cache")).contains("miss");
        HttpResponse<String> second = get(base + "/ctx/cached/");
        assertThat(second.headers().firstValue("X-Mizan-Cache")).contains("hit");
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void a_call_with_an_upload_is_streamed_to_the_function_and_bounded() throws Exception {
        start(Mizan.builder()
                .register(new Attachments())
                .bodyLimit(16 * 1024)
                .uploads(new UploadSettings(
                        512 * 1024, 1024 * 1024, 8, 16 * 1024, Path.of(System.getProperty("java.io.tmpdir")))));
        byte[] content = new byte[300 * 1024];
        for (int i = 0; i < content.length; i++) {
            String pattern = "\r\n--ab-x";
            content[i] = (byte) pattern.charAt(i % pattern.length());
        }
        HttpResponse<String> answer = multipart(content);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode seen = JSON.readTree(answer.body()).path("result");
        assertThat(seen.path("note").asString()).isEqualTo("minutes");
        assertThat(seen.path("size").asLong()).isEqualTo(content.length);
        assertThat(seen.path("sha256").asString())
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        HttpResponse<String> tooLarge = multipart(new byte[600 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).at("/error/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    private HttpResponse<String> multipart(byte[] file) throws Exception {
        String boundary = "vertx-test-boundary-5c2a";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nattach\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"args\"\r\n"
                        + "Content-Type: application/json\r\n\r\n{\"note\":\"minutes\"}\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"notes.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/call/"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_builder_lists_every_registration_problem() {
        assertThatThrownBy(() ->
                        Mizan.builder().register(new Threads(), new Broken()).build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("nowhere")
                .hasMessageContaining("quick");
    }

    @Test
    void a_failure_raised_by_another_handler_on_the_path_is_an_envelope_that_leaks_nothing() throws Exception {
        start(
                Mizan.builder().register(new Threads()),
                router -> router.route("/api/mizan/*").handler(context -> {
                    if (context.request().getHeader("X-Explode") != null) {
                        throw new IllegalStateException("handler-secret-91c2");
                    }
                    context.next();
                }),
                "");

        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(base + "/call/"))
                        .header("X-Explode", "1")
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(json(response).path("error").path("code").asString()).isEqualTo("INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("handler-secret-91c2");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void under_a_sub_router_the_endpoints_and_the_csrf_cookie_path_include_the_mount_point() throws Exception {
        start(Mizan.builder().register(new Threads()), router -> {}, "/app");

        HttpResponse<String> session = get(base + "/session/");

        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(json(session).path("csrf_token").asString()).isNotBlank();
        assertThat(session.headers().firstValue("Set-Cookie").orElseThrow()).contains("Path=/app/api/mizan;");
        assertThat(json(call(base, "quick")).path("result").asBoolean()).isTrue();
        assertThat(get(base + "/nothing/").statusCode()).isEqualTo(404);
    }

    @Test
    void the_default_user_resolver_sees_no_one_without_an_auth_handler() throws Exception {
        start(Mizan.builder().register(new Threads()));

        assertThat(json(get(base + "/session/")).path("user").isNull()).isTrue();
    }

    @Test
    void a_large_answer_is_streamed_whole_and_never_serialized_for_writing_on_the_event_loop() throws Exception {
        start(Mizan.builder().register(new LargeAnswers()));
        for (String function : new String[] {"large_page", "large_quick_page"}) {
            LargeAnswers.SERIALIZED_ON.clear();
            HttpResponse<String> answer = call(base, function);
            assertThat(answer.statusCode()).as(function).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Length"))
                    .as(function)
                    .hasValue(Integer.toString(answer.body().length()));
            String text = json(answer).path("result").path("text").asString();
            assertThat(text).as(function).hasSize(300_000);
            assertThat(LargeAnswers.SERIALIZED_ON)
                    .as(function + ": measured where it ran, then written from a virtual thread")
                    .hasSize(2)
                    .last()
                    .isEqualTo("virtual");
        }
        assertThat(json(call(base, "large_page")).path("result").path("text").asString())
                .startsWith("bbb");
    }

    @Test
    void a_multipart_body_that_ends_without_its_closing_boundary_is_answered_400_at_once() throws Exception {
        start(Mizan.builder()
                .register(new Attachments())
                .uploads(new UploadSettings(
                        64 * 1024, 128 * 1024, 8, 16 * 1024, Path.of(System.getProperty("java.io.tmpdir")))));
        String boundary = "unclosed-7e3a";
        byte[][] bodies = {
            ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nattach")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8),
            ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nattach\r\n--"
                            + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.bin\"\r\n"
                            + "Content-Type: application/octet-stream\r\n\r\nsome bytes and no end")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)
        };
        for (byte[] body : bodies) {
            // Answered when the body ended: the request's timeout is shorter than the 30 s stall bound.
            HttpResponse<String> answer = HTTP.send(
                    HttpRequest.newBuilder(URI.create(base + "/call/"))
                            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(json(answer).at("/error/code").asString()).isEqualTo("BAD_REQUEST");
        }
    }
}
