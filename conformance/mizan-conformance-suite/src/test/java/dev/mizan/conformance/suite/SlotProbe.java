package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Slot scope: {@code affects} naming one context function invalidates only that member. */
@ExtendWith(ConformanceServer.class)
class SlotProbe {

    @Test
    void affecting_a_context_function_names_its_slot_in_the_body(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Slots");

        JsonNode body =
                Envelopes.success(agent.call("reorder_tasks", "{\"projectId\": " + projectId + ", \"order\": []}"));

        assertThat(body.get("invalidate"))
                .isEqualTo(Json.of("[{'context': 'project', 'params': {'projectId': " + projectId
                        + "}, 'slot': 'project_tasks'}]"));
    }

    @Test
    void affecting_a_context_function_names_its_slot_in_the_header(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Slot header");

        Reply reply = agent.call("reorder_tasks", "{\"projectId\": " + projectId + ", \"order\": []}");

        Envelopes.success(reply);
        assertThat(reply.header("X-Mizan-Invalidate")).isEqualTo("project?projectId=" + projectId + "#project_tasks");
    }
}
