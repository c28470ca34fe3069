package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Merge: the mutation's result is spliced into the one member whose output type matches. */
@ExtendWith(ConformanceServer.class)
class MergeProbe {

    @Test
    void the_result_is_merged_into_the_matching_slot_of_the_scoped_instance(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Before");

        JsonNode body = Envelopes.success(
                agent.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'After'}")));

        JsonNode project = Json.of("{'id': " + projectId + ", 'name': 'After', 'openTasks': 0}");
        assertThat(body.get("result")).isEqualTo(project);
        assertThat(body.get("merge"))
                .isEqualTo(Json.of("[{'context': 'project', 'slot': 'project_details', 'value': " + Json.write(project)
                        + ", 'params': {'projectId': " + projectId + "}}]"));
        assertThat(body.has("invalidate")).isFalse();
    }

    @Test
    void the_merged_value_is_what_a_refetch_would_return(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Refetch");
        Projects.task(agent, projectId, "open");

        JsonNode merges = Envelopes.success(
                        agent.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'Renamed'}")))
                .path("merge");

        assertThat(merges.isArray() && merges.size() == 1)
                .as("one merge entry in %s", merges)
                .isTrue();
        JsonNode merge = merges.get(0);
        JsonNode bundle = agent.context("project", "projectId=" + projectId).json();
        assertThat(merge.path("value")).isEqualTo(bundle.path(merge.path("slot").asString()));
    }

    @Test
    void a_merge_sends_no_invalidation_header(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "No header");

        Reply reply = agent.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'Quiet'}"));

        assertThat(Envelopes.success(reply).path("merge")).hasSize(1);
        assertThat(reply.header("X-Mizan-Invalidate")).isNull();
    }
}
