package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Invalidation in the JSON body and its three auto-scoping tiers (MIZAN.md §3): argument match,
 * result match, otherwise unscoped.
 */
@ExtendWith(ConformanceServer.class)
class InvalidationProbe {

    @Test
    void argument_match_scopes_the_entry_with_the_argument_value(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Tier one");

        JsonNode body = Envelopes.success(
                agent.call("create_task", Json.text("{'projectId': " + projectId + ", 'task': {'title': 'scoped'}}")));

        assertThat(body.get("invalidate"))
                .isEqualTo(Json.of("[{'context': 'project', 'params': {'projectId': " + projectId + "}}]"));
        assertThat(body.has("merge")).isFalse();
    }

    @Test
    void result_match_scopes_the_entry_with_the_result_property(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Tier two");
        long taskId = Projects.task(agent, projectId, "to finish").path("id").asLong();

        JsonNode body = Envelopes.success(agent.call("complete_task", "{\"taskId\": " + taskId + "}"));

        assertThat(body.path("result").path("projectId").asLong()).isEqualTo(projectId);
        assertThat(body.get("invalidate"))
                .isEqualTo(Json.of("[{'context': 'project', 'params': {'projectId': " + projectId + "}}]"));
    }

    @Test
    void no_match_invalidates_every_instance(Wire wire) {
        JsonNode body = Envelopes.success(wire.anonymous().call("reindex_projects"));

        assertThat(body.get("invalidate")).isEqualTo(Json.of("[{'context': 'project'}]"));
    }

    @Test
    void several_targets_are_listed_in_declared_order(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Two targets");

        JsonNode body = Envelopes.success(agent.call("touch_project", "{\"projectId\": " + projectId + "}"));

        assertThat(body.get("invalidate"))
                .isEqualTo(Json.of(
                        "[{'context': 'project', 'params': {'projectId': " + projectId + "}}, {'context': 'global'}]"));
    }

    @Test
    void a_call_that_declares_no_affects_has_no_invalidate_key(Wire wire) {
        JsonNode body = Envelopes.success(wire.anonymous().call("create_project", "{\"name\": \"Quiet\"}"));

        assertThat(Envelopes.names(body)).containsExactly("result");
    }

    @Test
    void a_failed_mutation_invalidates_nothing(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Refused");

        Reply reply = agent.call("create_task", Json.text("{'projectId': " + projectId + ", 'task': {'title': ''}}"));

        Envelopes.error(reply, "VALIDATION_FAILED");
        assertThat(reply.header("X-Mizan-Invalidate")).isNull();
    }

    @Test
    void string_params_keep_their_value_in_the_entry(Wire wire) {
        JsonNode body = Envelopes.success(wire.anonymous().call("save_search", "{\"query\": \"a b,c&d=e/é?#\"}"));

        assertThat(body.get("invalidate"))
                .isEqualTo(Json.of("[{'context': 'search', 'params': {'query': 'a b,c&d=e/é?#'}}]"));
    }
}
