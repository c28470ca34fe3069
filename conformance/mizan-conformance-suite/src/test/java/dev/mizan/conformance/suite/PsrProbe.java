package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Per-page render strategy (PSR, docs/pages.md): the fixture declares one page per strategy; the
 * edge manifest lists each with its {@code render_strategy} and embedded contexts, and the server
 * answers each as its strategy says: {@code csr} the shell, {@code ssr} per caller and never
 * shareable, {@code static} the same bytes for everyone, {@code edge} rendered for the caller's
 * permission class and marked with it, for every class.
 */
@ExtendWith(ConformanceServer.class)
class PsrProbe {

    @Test
    void the_manifest_lists_each_page_with_its_render_strategy_and_contexts(Wire wire) {
        JsonNode pages = wire.anonymous().get("/edge/manifest/").json().get("pages");
        assertThat(pages)
                .isEqualTo(Json.of("["
                        + "{'path': '/psr/csr', 'render_strategy': 'csr', 'contexts': []},"
                        + "{'path': '/psr/edge/{itemId}', 'render_strategy': 'edge', 'contexts': ['catalog'], 'ttl': 300},"
                        + "{'path': '/psr/ssr/{projectId}', 'render_strategy': 'ssr', 'contexts': ['cart', 'project']},"
                        + "{'path': '/psr/static', 'render_strategy': 'static', 'contexts': []}]"));
    }

    @Test
    void a_csr_page_is_the_shell_without_state(Wire wire) {
        Reply page = wire.user().page("/psr/csr");
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.header("X-Mizan-Render")).isEqualTo("csr");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.text()).doesNotContain("mizan-state");
    }

    @Test
    void an_ssr_page_is_rendered_per_caller_and_never_marked_shareable(Wire wire) {
        long projectId = Projects.create(wire.anonymous(), "Per caller");
        for (Agent agent : new Agent[] {wire.anonymous(), wire.user(), wire.staff(), wire.superuser()}) {
            Reply page = agent.page("/psr/ssr/" + projectId);
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.header("X-Mizan-Render")).isEqualTo("ssr");
            assertThat(page.header("Cache-Control")).contains("no-store");
            assertThat(page.header("X-Mizan-Perm")).isNull();
            assertThat(page.text())
                    .contains(agent.context("cart", "").json().path("my_cart").asString());
        }
    }

    @Test
    void a_static_page_is_the_same_bytes_for_every_caller_and_revalidates(Wire wire) {
        Reply first = wire.anonymous().page("/psr/static");
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(first.header("X-Mizan-Render")).isEqualTo("static");
        assertThat(first.header("X-Mizan-Perm")).isNull();
        assertThat(first.text()).contains("<h1>About the fixture</h1>");
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        for (Agent agent : new Agent[] {wire.user(), wire.staff(), wire.superuser()}) {
            Reply page = agent.page("/psr/static");
            assertThat(page.text()).isEqualTo(first.text());
            assertThat(page.header("ETag")).isEqualTo(etag);
        }
        assertThat(wire.user()
                        .page("/psr/static", Map.of("If-None-Match", etag))
                        .status())
                .isEqualTo(304);
    }

    @Test
    void an_edge_page_is_rendered_for_the_callers_class_and_marked_with_it_for_every_class(Wire wire) {
        Map<String, Agent> classes = Map.of(
                "anon", wire.anonymous(),
                "auth", wire.user(),
                "staff", wire.staff(),
                "superuser", wire.superuser());
        for (Map.Entry<String, Agent> e : classes.entrySet()) {
            Reply page = e.getValue().page("/psr/edge/9");
            assertThat(page.status()).as("%s", page).isEqualTo(200);
            assertThat(page.header("X-Mizan-Render")).isEqualTo("edge");
            assertThat(page.header("X-Mizan-Perm")).as(e.getKey()).isEqualTo(e.getKey());
            assertThat(page.header("Cache-Control")).isEqualTo("private, no-cache");
            assertThat(page.header("Set-Cookie")).isNull();
            assertThat(page.text()).contains("<p class=\"seen-as\">" + e.getKey() + "</p>");
            String etag = page.header("ETag");
            assertThat(etag).isNotBlank();
            Reply again = e.getValue().page("/psr/edge/9", Map.of("If-None-Match", etag));
            assertThat(again.status()).as(e.getKey()).isEqualTo(304);
        }
        Reply auth = wire.user().page("/psr/edge/9");
        assertThat(wire.user().page("/psr/edge/9").text()).isEqualTo(auth.text());
        assertThat(wire.staff().page("/psr/edge/9").text()).isNotEqualTo(auth.text());
    }
}
