package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** Fresh fixture data for probes that mutate: each gets its own project. */
final class Projects {

    private Projects() {}

    /** Creates a project through the wire and returns its id. */
    static long create(Agent agent, String name) {
        JsonNode project = Envelopes.result(agent.call("create_project", "{\"name\": " + Json.write(name) + "}"));
        assertThat(project.path("id").isIntegralNumber())
                .as("project id in %s", project)
                .isTrue();
        return project.path("id").asLong();
    }

    /** Creates a task in a project and returns it. */
    static JsonNode task(Agent agent, long projectId, String title) {
        return Envelopes.result(agent.call(
                "create_task", "{\"projectId\": " + projectId + ", \"task\": {\"title\": " + Json.write(title) + "}}"));
    }
}
