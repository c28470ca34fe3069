package dev.mizan.ssr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.MizanUser;
import dev.mizan.core.RenderStrategy;
import dev.mizan.core.registry.PageDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pages answered by their render strategy, rendered by real Node workers (ssr-test/entry.mjs reads {@code project}). */
class PageServerTest {

    static final String SHELL = "<!doctype html><div id=\"root\"></div>";
    static final MizanUser BEN = new MizanUser("2", "ben", false, false, Set.of());
    static final MizanUser ADA = new MizanUser("1", "ada", true, false, Set.of());

    static SsrPool pool;

    @BeforeAll
    static void start() {
        pool = SsrPool.start(SsrPoolTest.settings());
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    static PageDescriptor page(String path, RenderStrategy render, String... embeds) {
        return new PageDescriptor(path, render, List.of(embeds), render == RenderStrategy.EDGE ? 60 : 0, "test");
    }

    static String html(PageServer.Answer answer) {
        return new String(answer.body(), StandardCharsets.UTF_8);
    }

    @Test
    void an_edge_page_is_rendered_as_the_caller_and_marked_with_the_callers_class() {
        List<String> reads = new CopyOnWriteArrayList<>();
        PageServer server = new PageServer(pool, SHELL, SsrPoolTest.titles(reads));
        PageDescriptor board = page("/projects/{projectId}", RenderStrategy.EDGE, "project");

        PageServer.Answer staff = server.serve(board, "/projects/7", ADA, SsrPoolTest.titles(reads), 12L, null);

        assertThat(staff.status()).isEqualTo(200);
        assertThat(html(staff)).contains("<h1>Project 7 ").doesNotContain("\"seq\"");
        assertThat(staff.headers())
                .containsEntry("X-Mizan-Render", "edge")
                .containsEntry("X-Mizan-Perm", "staff")
                .containsEntry("Cache-Control", "private, no-cache")
                .containsKey("ETag");
        assertThat(server.serve(board, "/projects/7", BEN, SsrPoolTest.titles(reads), null, null)
                        .headers())
                .containsEntry("X-Mizan-Perm", "auth");
        assertThat(server.serve(board, "/projects/7", null, SsrPoolTest.titles(reads), null, null)
                        .headers())
                .containsEntry("X-Mizan-Perm", "anon");
        PageServer.Answer again = server.serve(
                board,
                "/projects/7",
                ADA,
                SsrPoolTest.titles(reads),
                null,
                staff.headers().get("ETag"));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void an_edge_page_whose_read_fails_or_reads_what_it_does_not_embed_is_not_kept() {
        List<String> reads = new CopyOnWriteArrayList<>();
        PageServer server = new PageServer(pool, SHELL, SsrPoolTest.titles(reads));

        PageServer.Answer missing = server.serve(
                page("/projects/{projectId}", RenderStrategy.EDGE, "project"),
                "/projects/404",
                BEN,
                SsrPoolTest.titles(reads),
                null,
                null);
        assertThat(html(missing)).contains("<p>404</p>");
        assertThat(missing.headers())
                .containsEntry("Cache-Control", "no-store")
                .containsEntry("X-Mizan-Render", "edge; not-shared")
                .doesNotContainKeys("X-Mizan-Perm", "ETag");

        reads.clear();
        PageServer.Answer undeclared = server.serve(
                page("/projects/{projectId}", RenderStrategy.EDGE, "team"),
                "/projects/7",
                BEN,
                SsrPoolTest.titles(reads),
                null,
                null);
        assertThat(reads).isEmpty();
        assertThat(html(undeclared)).contains("<p>403</p>");
        assertThat(undeclared.headers())
                .containsEntry("Cache-Control", "no-store")
                .doesNotContainKey("X-Mizan-Perm");
    }

    @Test
    void a_static_page_is_rendered_once_for_no_caller_and_served_as_is() {
        List<String> anonymous = new CopyOnWriteArrayList<>();
        List<String> callers = new CopyOnWriteArrayList<>();
        PageServer server = new PageServer(pool, SHELL, SsrPoolTest.titles(anonymous));
        PageDescriptor about = page("/projects/5", RenderStrategy.STATIC, "project");
        server.prerender(List.of(about, page("/projects/{projectId}", RenderStrategy.SSR, "project")));

        PageServer.Answer first = server.serve(about, "/projects/5?x=1", BEN, SsrPoolTest.titles(callers), 3L, null);
        PageServer.Answer second = server.serve(about, "/projects/5", ADA, SsrPoolTest.titles(callers), 4L, null);

        assertThat(anonymous).hasSize(1);
        assertThat(callers).isEmpty();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(html(first)).contains("<h1>Project 5 ").doesNotContain("\"seq\"");
        assertThat(first.headers())
                .containsEntry("X-Mizan-Render", "static")
                .containsEntry("Cache-Control", "no-cache")
                .containsKey("ETag")
                .doesNotContainKey("X-Mizan-Perm");
    }

    @Test
    void csr_serves_the_shell_and_ssr_renders_per_request_with_the_seq() {
        List<String> reads = new CopyOnWriteArrayList<>();
        PageServer server = new PageServer(pool, SHELL, SsrPoolTest.titles(reads));

        PageServer.Answer shell =
                server.serve(page("/", RenderStrategy.CSR), "/", BEN, SsrPoolTest.titles(reads), 1L, null);
        assertThat(html(shell)).isEqualTo(SHELL);
        assertThat(shell.headers()).containsEntry("X-Mizan-Render", "csr").containsEntry("Cache-Control", "no-store");
        assertThat(reads).isEmpty();

        PageServer.Answer rendered = server.serve(
                page("/projects/{projectId}", RenderStrategy.SSR, "project"),
                "/projects/9",
                BEN,
                SsrPoolTest.titles(reads),
                77L,
                null);
        assertThat(html(rendered)).contains("<h1>Project 9 ").contains(",\"seq\":77}");
        assertThat(rendered.headers())
                .containsEntry("X-Mizan-Render", "ssr")
                .containsEntry("Cache-Control", "no-store");
    }

    @Test
    void without_workers_every_strategy_serves_the_shell_and_nothing_is_kept() {
        PageServer server = new PageServer(null, SHELL, SsrPoolTest.titles(new CopyOnWriteArrayList<>()));
        for (RenderStrategy render : RenderStrategy.values()) {
            PageServer.Answer answer = server.serve(
                    page("/projects/5", render, "project"), "/projects/5", BEN, (n, p) -> null, null, null);
            assertThat(html(answer)).isEqualTo(SHELL);
            assertThat(answer.headers())
                    .containsEntry("Cache-Control", "no-store")
                    .doesNotContainKey("X-Mizan-Perm");
        }
    }

    @Test
    void routes_match_literal_segments_before_variables() {
        PageRoutes routes = new PageRoutes(List.of(
                page("/teams/{teamId}", RenderStrategy.EDGE, "team"),
                page("/teams/new", RenderStrategy.CSR),
                page("/", RenderStrategy.CSR)));
        assertThat(routes.match("/teams/new").page().path()).isEqualTo("/teams/new");
        assertThat(routes.match("/teams/4/").variables()).isEqualTo(Map.of("teamId", "4"));
        assertThat(routes.match("/").page().path()).isEqualTo("/");
        assertThat(routes.match("/teams")).isNull();
        assertThat(routes.match("/teams/4/x")).isNull();
    }
}
