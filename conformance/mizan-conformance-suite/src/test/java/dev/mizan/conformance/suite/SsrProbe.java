package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The SSR bridge (docs/ssr.md): a server-rendered page ({@code GET /ssr/project/ID} at the server's
 * root, the fixture's page) carries the page's data in its HTML and the dehydrated state in
 * {@code <script id="mizan-state">}: the instances the page read, each exactly what
 * {@code GET /ctx/} answers the same caller, the JSON escaped for a {@code <script>} element.
 */
@ExtendWith(ConformanceServer.class)
class SsrProbe {

    /** A title that would end the state's script element and open another, with a line separator. */
    private static final String HOSTILE = "</script><script>alert(1)</script> \u2028 <!-- & done";

    private static final Pattern STATE =
            Pattern.compile("<script id=\"mizan-state\" type=\"application/json\">(.*?)</script>", Pattern.DOTALL);

    @Test
    void a_rendered_page_embeds_the_instances_it_read_as_ctx_answers_them(Wire wire) {
        Agent alice = wire.user();
        long projectId = Projects.create(alice, "Rendered");
        Projects.task(alice, projectId, "first task");
        Projects.task(alice, projectId, "second task");

        Reply page = alice.page("/ssr/project/" + projectId);

        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.header("X-Mizan-Render")).isEqualTo("ssr");
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Cache-Control")).contains("no-store");
        JsonNode state = state(page);
        assertThat(instance(state, "project").path("params")).isEqualTo(Json.of("{'projectId': " + projectId + "}"));
        assertThat(instance(state, "project").path("data"))
                .isEqualTo(alice.context("project", "projectId=" + projectId).json());
        assertThat(instance(state, "cart").path("data"))
                .isEqualTo(alice.context("cart", "").json());
        assertThat(state.path("contexts")).hasSize(2);
    }

    @Test
    void each_caller_gets_the_data_ctx_answers_that_caller_and_no_one_elses(Wire wire) {
        long projectId = Projects.create(wire.anonymous(), "Shared");
        String path = "/ssr/project/" + projectId;

        JsonNode alice = instance(state(wire.user().page(path)), "cart").path("data");
        JsonNode sam = instance(state(wire.staff().page(path)), "cart").path("data");
        Agent anonymous = wire.anonymous();
        JsonNode nobody = instance(state(anonymous.page(path)), "cart").path("data");

        assertThat(alice).isEqualTo(wire.user().context("cart", "").json());
        assertThat(sam).isEqualTo(wire.staff().context("cart", "").json());
        assertThat(nobody).isEqualTo(anonymous.context("cart", "").json());
        assertThat(alice).isNotEqualTo(sam).isNotEqualTo(nobody);
        assertThat(sam).isNotEqualTo(nobody);
        // Rendered again after the others: nothing of theirs stayed behind in the worker.
        Reply again = wire.user().page(path);
        assertThat(instance(state(again), "cart").path("data")).isEqualTo(alice);
        assertThat(again.text()).doesNotContain(sam.path("my_cart").asString());
    }

    @Test
    void the_state_is_escaped_for_a_script_element_and_reads_back_intact(Wire wire) {
        Agent alice = wire.user();
        long projectId = Projects.create(alice, "Escapes");
        Projects.task(alice, projectId, HOSTILE);

        Reply page = alice.page("/ssr/project/" + projectId);

        Matcher state = STATE.matcher(page.text());
        assertThat(state.find()).as("a mizan-state script in %s", page.text()).isTrue();
        String json = state.group(1);
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
        assertThat(json).contains("\\u003c/script\\u003e", "\\u2028");
        assertThat(state.find()).as("a single state script").isFalse();
        JsonNode tasks =
                instance(Json.MAPPER.readTree(json), "project").path("data").path("project_tasks");
        assertThat(tasks.get(0).path("title").asString()).isEqualTo(HOSTILE);
        // The page shows the title as text: nowhere does the page open the title's script.
        assertThat(page.text()).doesNotContain("<script>alert(1)");
        assertThat(page.text()).contains("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void the_html_carries_the_data_it_read(Wire wire) {
        Agent alice = wire.user();
        long projectId = Projects.create(alice, "Board of record");
        Projects.task(alice, projectId, "water the plants");
        Projects.task(alice, projectId, "mend the fence");

        String html = withoutState(alice.page("/ssr/project/" + projectId).text());

        assertThat(html).contains("Board of record", "water the plants", "mend the fence");
        assertThat(html)
                .contains(alice.context("cart", "").json().path("my_cart").asString());
    }

    /** The parsed {@code mizan-state} of a page. */
    private static JsonNode state(Reply page) {
        assertThat(page.status()).as("%s", page).isEqualTo(200);
        assertThat(page.header("X-Mizan-Render"))
                .as("X-Mizan-Render of %s", page)
                .isEqualTo("ssr");
        Matcher state = STATE.matcher(page.text());
        assertThat(state.find()).as("a mizan-state script in %s", page.text()).isTrue();
        return Json.MAPPER.readTree(state.group(1));
    }

    /** The one instance of a context in a state. */
    private static JsonNode instance(JsonNode state, String name) {
        JsonNode found = null;
        for (JsonNode instance : state.path("contexts")) {
            if (name.equals(instance.path("name").asString())) {
                assertThat(found).as("one %s instance in %s", name, state).isNull();
                found = instance;
            }
        }
        assertThat(found).as("a %s instance in %s", name, state).isNotNull();
        return found;
    }

    private static String withoutState(String html) {
        return STATE.matcher(html).replaceAll("");
    }
}
