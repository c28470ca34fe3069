package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** {@code {base}/ws/}: the upgrade checks, calls with HTTP's dispatch and envelopes, error frames. */
@ExtendWith(ConformanceServer.class)
class WebSocketProbe {

    @Test
    void a_call_over_the_socket_answers_with_the_same_result_and_effects_as_http(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Socket call");
        try (LiveSocket socket = agent.socket()) {
            JsonNode answer = socket.request(
                    "call",
                    "\"function\": \"rename_project\", \"args\": {\"projectId\": " + projectId
                            + ", \"name\": \"Over the socket\"}");
            assertThat(answer.path("result").path("name").asString()).isEqualTo("Over the socket");
            assertThat(answer.path("merge").path(0).path("context").asString()).isEqualTo("project");
            assertThat(answer.path("merge")
                            .path(0)
                            .path("params")
                            .path("projectId")
                            .asLong())
                    .isEqualTo(projectId);
        }
        JsonNode bundle = agent.context("project", "projectId=" + projectId).json();
        assertThat(bundle.path("project_details").path("name").asString()).isEqualTo("Over the socket");
    }

    @Test
    void calls_over_the_socket_pass_the_same_guards_with_the_sockets_user(Wire wire) {
        try (LiveSocket anonymous = wire.anonymous().socket();
                LiveSocket user = wire.user().socket();
                LiveSocket staff = wire.staff().socket()) {
            assertThat(anonymous
                            .request("call", "\"function\": \"whoami\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("UNAUTHORIZED");
            assertThat(user.request("call", "\"function\": \"whoami\"")
                            .at("/result/username")
                            .asString())
                    .isEqualTo(wire.target().user().username());
            // A guarded name the caller may not use answers as an unknown one (protocol.md, Guarded names).
            assertThat(user.request("call", "\"function\": \"staff_report\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("NOT_FOUND");
            assertThat(staff.request("call", "\"function\": \"staff_report\"").has("result"))
                    .isTrue();
            // Anonymous callers cannot tell an unknown name from a guarded one: both ask to sign in.
            assertThat(anonymous
                            .request("call", "\"function\": \"no_such_function\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("UNAUTHORIZED");
        }
    }

    @Test
    void the_upgrade_is_refused_for_a_foreign_origin_and_without_the_csrf_token(Wire wire) {
        Agent agent = wire.user();
        assertThatThrownBy(() -> agent.socket("https://elsewhere.example", true))
                .isInstanceOfSatisfying(
                        LiveSocket.Refused.class, r -> assertThat(r.status).isEqualTo(403));
        assertThatThrownBy(() -> agent.socket(null, false))
                .isInstanceOfSatisfying(
                        LiveSocket.Refused.class, r -> assertThat(r.status).isEqualTo(403));
    }

    @Test
    void malformed_frames_get_bad_request_error_frames_and_the_socket_stays_usable(Wire wire) {
        try (LiveSocket socket = wire.anonymous().socket()) {
            socket.sendRaw("{not json");
            assertThat(socket.next("error").at("/error/code").asString()).isEqualTo("BAD_REQUEST");
            assertThat(socket.request("teleport", "").at("/error/code").asString())
                    .isEqualTo("BAD_REQUEST");
            assertThat(socket.request("call", "\"function\": 7")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("BAD_REQUEST");
            socket.sendRaw("{\"id\": 50, \"type\": \"call\", \"function\": \"whoami\", \"args\": {\"pad\": \""
                    + "x".repeat(70_000) + "\"}}");
            assertThat(socket.next("error").at("/error/code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(socket.request("call", "\"function\": \"whoami\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("UNAUTHORIZED");
            assertThat(socket.isClosed()).isFalse();
        }
    }
}
