package dev.mizan.spring.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.mizan.core.registry.RegistryException;
import dev.mizan.spring.pages.bad.BadPagesApp;
import dev.mizan.spring.pages.good.GoodPagesApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Page classes are found in the application's packages, reach the served edge manifest, and are checked at startup. */
class PageDeclarationsTest {

    static final String SECRET = "page-declarations-test-secret-0123456789";

    static SpringApplicationBuilder app(Class<?> type) {
        return new SpringApplicationBuilder(type)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "mizan.csrf.enabled=false",
                        "mizan.default-auth=public",
                        "mizan.cache.secret=" + SECRET,
                        "mizan.edge.enabled=true",
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN");
    }

    @Test
    void the_served_manifest_lists_the_declared_pages() throws Exception {
        try (ConfigurableApplicationContext running = app(GoodPagesApp.class).run()) {
            String base = "http://127.0.0.1:" + running.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(base + "/api/mizan/edge/manifest/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            JsonNode pages =
                    JsonMapper.builder().build().readTree(answer.body()).get("pages");
            assertThat(pages.toString())
                    .isEqualTo("[{\"path\":\"/me\",\"render_strategy\":\"ssr\",\"contexts\":[\"me\"]},"
                            + "{\"path\":\"/team\",\"render_strategy\":\"edge\",\"contexts\":[\"team\"],\"ttl\":45}]");
        }
    }

    @Test
    void an_edge_page_embedding_a_user_context_stops_the_application_naming_page_and_context() {
        Throwable failure = catchThrowable(() -> app(BadPagesApp.class).run().close());
        Throwable root = failure;
        while (root != null && !(root instanceof RegistryException)) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(RegistryException.class);
        assertThat(root.getMessage())
                .contains("BadPagesApp$ProfilePage")
                .contains("page /profile (edge) embeds context 'me' of scope user")
                .contains("declare the page ssr or csr");
    }
}
