package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The {@code X-Mizan-Invalidate} header: the body's entries, comma-separated, each
 * {@code NAME[?param=value&…][#slot]} with URL-encoded parts.
 */
@ExtendWith(ConformanceServer.class)
class InvalidateHeaderProbe {

    @Test
    void an_argument_scoped_entry_carries_its_params(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Header one");

        Reply reply = agent.call("create_task", Json.text("{'projectId': " + projectId + ", 'task': {'title': 't'}}"));

        Envelopes.success(reply);
        assertThat(reply.header("X-Mizan-Invalidate")).isEqualTo("project?projectId=" + projectId);
    }

    @Test
    void an_unscoped_entry_is_the_bare_context_name(Wire wire) {
        Reply reply = wire.anonymous().call("reindex_projects");

        Envelopes.success(reply);
        assertThat(reply.header("X-Mizan-Invalidate")).isEqualTo("project");
    }

    @Test
    void several_entries_are_comma_separated_in_declared_order(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Header two");

        Reply reply = agent.call("touch_project", "{\"projectId\": " + projectId + "}");

        Envelopes.success(reply);
        assertThat(Entry.parseHeader(reply.header("X-Mizan-Invalidate")))
                .containsExactly(
                        new Entry("project", Map.of("projectId", String.valueOf(projectId)), null),
                        new Entry("global", Map.of(), null));
    }

    @Test
    void param_values_are_url_encoded(Wire wire) {
        String query = "a b,c&d=e/é?#";

        Reply reply = wire.anonymous().call("save_search", "{\"query\": " + Json.write(query) + "}");

        Envelopes.success(reply);
        String header = reply.header("X-Mizan-Invalidate");
        assertThat(header)
                .isNotNull()
                .startsWith("search?query=")
                .doesNotContain(" ")
                .doesNotContain("é");
        assertThat(Entry.parseHeader(header)).containsExactly(new Entry("search", Map.of("query", query), null));
    }

    @Test
    void the_header_carries_the_same_entries_as_the_body(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Header three");
        long taskId = Projects.task(agent, projectId, "t").path("id").asLong();
        List<Reply> replies = List.of(
                agent.call("complete_task", "{\"taskId\": " + taskId + "}"),
                agent.call("touch_project", "{\"projectId\": " + projectId + "}"),
                agent.call("reorder_tasks", "{\"projectId\": " + projectId + ", \"order\": [" + taskId + "]}"),
                agent.call("reindex_projects"));

        for (Reply reply : replies) {
            assertThat(Entry.parseHeader(reply.header("X-Mizan-Invalidate")))
                    .as("header of %s", reply)
                    .isEqualTo(Entry.fromBody(Envelopes.success(reply)))
                    .isNotEmpty();
        }
    }

    @Test
    void a_call_without_invalidation_sends_no_header(Wire wire) {
        Reply reply = wire.anonymous().call("add", "{\"left\": 1, \"right\": 2}");

        Envelopes.success(reply);
        assertThat(reply.header("X-Mizan-Invalidate")).isNull();
    }
}
