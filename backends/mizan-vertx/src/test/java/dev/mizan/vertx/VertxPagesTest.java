package dev.mizan.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.Client;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.ssr.SsrPool;
import dev.mizan.ssr.SsrSettings;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Mizan#pages} on a real port (docs/ssr.md): pages rendered by a real Node worker with the
 * caller's identity, and the client-rendered shell with 200 when SSR is off, Node is missing or the
 * page throws.
 */
class VertxPagesTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String SHELL = "<!doctype html><html><body><div id=\"root\"></div></body></html>";

    /** A context that says who is asking. */
    public static class Who {
        @Client(context = "who")
        public String whoIs(RequestHandle request) {
            MizanUser user = request.user();
            return user == null ? "anonymous" : user.username();
        }
    }

    private Vertx vertx;
    private Mizan mizan;
    private SsrPool pool;
    private String origin;

    @AfterEach
    void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (mizan != null) {
            mizan.close();
        }
        if (pool != null) {
            pool.close();
        }
    }

    private void start(@Nullable SsrPool ssr) throws Exception {
        pool = ssr;
        mizan = Mizan.builder()
                .register(new Who())
                .users(context -> {
                    String name = context.request().getHeader("X-Test-User");
                    return name == null ? null : new MizanUser(name, name, false, false, Set.of());
                })
                .build();
        vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        mizan.mount(router, "/api/mizan");
        mizan.pages(router, ssr, SHELL, "/pages/*");
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        origin = "http://127.0.0.1:" + server.actualPort();
    }

    private static SsrSettings settings() throws URISyntaxException {
        Path folder = Path.of(
                        VertxPagesTest.class.getResource("/ssr-pages/entry.mjs").toURI())
                .getParent();
        return SsrSettings.of(folder.resolve("entry.mjs"), folder.resolve("index.html"))
                .withWorkers(1);
    }

    private HttpResponse<String> get(String path, @Nullable String user) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(origin + path)).GET();
        if (user != null) {
            request.header("X-Test-User", user);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageIsRenderedWithTheCallersReadsAndItsState() throws Exception {
        start(SsrPool.start(settings()));

        HttpResponse<String> alice = get("/pages/one?x=1", "alice");
        HttpResponse<String> nobody = get("/pages/one", null);

        assertThat(alice.statusCode()).isEqualTo(200);
        assertThat(alice.headers().firstValue("X-Mizan-Render")).hasValue("ssr");
        assertThat(alice.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(alice.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(alice.body())
                .contains("<div id=\"root\"><p>200 alice</p></div>")
                .contains(
                        "<script id=\"mizan-state\" type=\"application/json\">"
                                + "{\"contexts\":[{\"name\":\"who\",\"rev\":1,\"params\":{},\"data\":{\"who_is\":\"alice\"}}]}");
        assertThat(nobody.body()).contains("<p>200 anonymous</p>").doesNotContain("alice");
    }

    @Test
    void thePageThatThrowsIsTheShellWith200() throws Exception {
        start(SsrPool.start(settings()));

        HttpResponse<String> page = get("/pages/broken", "alice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Mizan-Render")).hasValue("csr; fallback=render_error");
        assertThat(page.body()).isEqualTo(SHELL);
    }

    @Test
    void withoutNodeOrWithoutAPoolThePageIsTheShellWith200() throws Exception {
        start(SsrPool.start(settings().withNode("/nonexistent/node")));

        HttpResponse<String> page = get("/pages/one", "alice");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Mizan-Render")).hasValue("csr; fallback=unavailable");
        assertThat(page.body()).isEqualTo(SHELL);
        stop();
        vertx = null;
        mizan = null;
        pool = null;
        start(null);
        HttpResponse<String> off = get("/pages/one", "alice");
        assertThat(off.statusCode()).isEqualTo(200);
        assertThat(off.headers().firstValue("X-Mizan-Render")).hasValue("csr");
        assertThat(off.body()).isEqualTo(SHELL);
    }
}
