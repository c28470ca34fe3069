package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Named-context bundle fetch: {@code GET /ctx/{name}/?params} answers one key per member. */
@ExtendWith(ConformanceServer.class)
class ContextProbe {

    @Test
    void a_bundle_answers_one_key_per_member(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Bundle");
        Projects.task(agent, projectId, "first");

        Reply reply = agent.context("project", "projectId=" + projectId);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        Envelopes.assertJson(reply);
        JsonNode bundle = reply.json();
        assertThat(Envelopes.names(bundle)).containsExactlyInAnyOrder("project_details", "project_tasks");
        assertThat(bundle.get("project_details"))
                .isEqualTo(Json.of("{'id': " + projectId + ", 'name': 'Bundle', 'openTasks': 1}"));
        assertThat(bundle.get("project_tasks")).hasSize(1);
        assertThat(bundle.get("project_tasks").get(0).path("title").asString()).isEqualTo("first");
    }

    @Test
    void each_member_receives_only_the_params_it_declares(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Filtered");
        long done = Projects.task(agent, projectId, "done one").path("id").asLong();
        Projects.task(agent, projectId, "open one");
        Envelopes.success(agent.call("complete_task", "{\"taskId\": " + done + "}"));

        JsonNode bundle = agent.context("project", "projectId=" + projectId + "&status=DONE")
                .json();

        assertThat(bundle.path("project_details").path("openTasks").asInt()).isEqualTo(1);
        assertThat(bundle.path("project_tasks")).hasSize(1);
        assertThat(bundle.path("project_tasks").get(0).path("status").asString())
                .isEqualTo("DONE");
    }

    @Test
    void an_optional_param_may_be_omitted(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Unfiltered");
        long done = Projects.task(agent, projectId, "done one").path("id").asLong();
        Projects.task(agent, projectId, "open one");
        Envelopes.success(agent.call("complete_task", "{\"taskId\": " + done + "}"));

        JsonNode bundle = agent.context("project", "projectId=" + projectId).json();

        assertThat(bundle.path("project_tasks")).hasSize(2);
    }

    @Test
    void a_missing_required_param_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().context("project", ""), "BAD_REQUEST");
        Envelopes.error(wire.anonymous().context("project", "status=OPEN"), "BAD_REQUEST");
    }

    @Test
    void a_param_of_the_wrong_type_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().context("project", "projectId=abc"), "BAD_REQUEST");
        Envelopes.error(wire.anonymous().context("project", "projectId=1&status=LOST"), "BAD_REQUEST");
    }

    @Test
    void an_unknown_param_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().context("project", "projectId=1&colour=red"), "BAD_REQUEST");
    }

    @Test
    void the_global_context_takes_no_params(Wire wire) {
        Reply reply = wire.anonymous().context("global", "");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json())
                .isEqualTo(
                        Json.of(
                                "{'site_info': {'name': 'Mizan conformance fixture', 'apiLevel': 1}, 'feature_flags': {'uploads': true}}"));
        Envelopes.error(wire.anonymous().context("global", "projectId=1"), "BAD_REQUEST");
    }

    @Test
    void a_failing_member_fails_the_bundle_with_its_error(Wire wire) {
        Envelopes.error(wire.anonymous().context("project", "projectId=987654321"), "NOT_FOUND");
    }

    @Test
    void members_are_evaluated_in_parallel(Wire wire) {
        long started = System.nanoTime();
        Reply reply = wire.anonymous().context("rendezvous", "token=" + UUID.randomUUID());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        assertThat(reply.json())
                .as("each member waits 3 s for the other; false means they ran one after the other (took %s)", took)
                .isEqualTo(Json.of("{'rendezvous_left': true, 'rendezvous_right': true}"));
    }

    @Test
    void bundle_answers_are_never_cached(Wire wire) {
        Reply reply = wire.anonymous().context("global", "");

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        Envelopes.assertNoStore(reply);
    }
}
