package dev.mizan.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.Page;
import dev.mizan.core.RenderStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageRegistryTest {

    static class Reads {
        @Client(context = "team", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"))
        public List<String> teamDirectory() {
            return List.of();
        }

        @Client(context = "team", cache = @Cached(ttl = "30s"))
        public String teamMotto() {
            return "";
        }

        @Client(context = "project", scope = ContextScope.USER, cache = @Cached(ttl = "60s"))
        public String projectDetails(long projectId) {
            return "";
        }

        @Client(context = "news", scope = ContextScope.PUBLIC)
        public String headlines() {
            return "";
        }

        @Client(context = "board")
        public String boardName() {
            return "";
        }
    }

    @Page(path = "/projects/{projectId}", render = RenderStrategy.SSR, embeds = "project")
    @Page(path = "/team", render = RenderStrategy.EDGE, embeds = "team")
    @Page(path = "/news", render = RenderStrategy.STATIC, embeds = "news")
    @Page(path = "/", render = RenderStrategy.CSR)
    static class GoodPages {}

    @Page(
            path = "/mine/{projectId}",
            render = RenderStrategy.EDGE,
            embeds = {"team", "project"})
    static class UserOnEdge {}

    @Page(path = "/about", render = RenderStrategy.STATIC, embeds = "project")
    static class UserOnStatic {}

    @Test
    void reads_pages_with_their_strategy_contexts_and_edge_ttl() {
        Registry registry =
                Registry.builder().add(Reads.class).add(GoodPages.class).build();

        assertThat(registry.pages())
                .extracting(PageDescriptor::path)
                .containsExactly("/", "/news", "/projects/{projectId}", "/team");
        PageDescriptor team = registry.pages().get(3);
        assertThat(team.render()).isEqualTo(RenderStrategy.EDGE);
        assertThat(team.embeds()).containsExactly("team");
        assertThat(team.ttl()).isEqualTo(30);
        assertThat(registry.pages().get(2).variables()).containsExactly("projectId");
        assertThat(registry.pages().get(2).ttl()).isZero();
    }

    @Test
    void rejects_an_edge_page_that_embeds_a_user_context_naming_page_and_context() {
        assertThatThrownBy(() -> Registry.builder()
                        .add(Reads.class)
                        .pages(UserOnEdge.class)
                        .build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("page /mine/{projectId} (edge) embeds context 'project' of scope user")
                .hasMessageContaining("declare the page ssr or csr")
                .hasMessageContaining(UserOnEdge.class.getName());
    }

    @Test
    void rejects_a_static_page_that_embeds_a_user_context() {
        assertThatThrownBy(() -> Registry.builder()
                        .add(Reads.class)
                        .pages(UserOnStatic.class)
                        .build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("page /about (static) embeds context 'project' of scope user");
    }

    @Page(path = "/board", render = RenderStrategy.STATIC, embeds = "team")
    @Page(path = "/p/{id}", render = RenderStrategy.STATIC)
    @Page(path = "/b", render = RenderStrategy.EDGE, embeds = "board")
    @Page(path = "/empty", render = RenderStrategy.EDGE)
    @Page(path = "/ghost", render = RenderStrategy.SSR, embeds = "nowhere")
    @Page(path = "nope/{x", render = RenderStrategy.SSR)
    static class BadPages {}

    @Test
    void lists_every_problem_of_the_pages() {
        assertThatThrownBy(() -> Registry.builder()
                        .add(Reads.class)
                        .pages(BadPages.class)
                        .build())
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("page /board (static) embeds context 'team' of scope class")
                .hasMessageContaining("page /p/{id} (static): a static page is rendered once")
                .hasMessageContaining("page /b (edge) embeds context 'board', which an edge may not keep"
                        + " (member board_name is not @Cached)")
                .hasMessageContaining("page /empty (edge): an edge page embeds at least one context")
                .hasMessageContaining("page /ghost (ssr) embeds context 'nowhere', which no function declares")
                .hasMessageContaining("page nope/{x (ssr): bad path: a page path starts with '/'");
    }

    @Test
    void reads_variables_and_refuses_partial_segment_variables() {
        assertThat(PageRules.variables("/teams/{teamId}/members/{memberId}/")).containsExactly("teamId", "memberId");
        assertThat(PageRules.variables("/")).isEmpty();
        assertThatThrownBy(() -> PageRules.variables("/p/x{id}"))
                .hasMessageContaining("segment 'x{id}' is neither literal text nor a whole-segment variable");
        assertThatThrownBy(() -> PageRules.variables("/a/{id}/{id}")).hasMessageContaining("appears twice");
    }
}
