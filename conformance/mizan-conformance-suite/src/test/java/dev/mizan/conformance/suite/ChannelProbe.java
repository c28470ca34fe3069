package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Channels ({@code @Channel}): join, leave, client and server publishes, auth per channel, error frames. */
@ExtendWith(ConformanceServer.class)
class ChannelProbe {

    private static final Duration QUIET = Duration.ofMillis(500);

    private static String chat(long projectId) {
        return "\"channel\": \"project_chat\", \"params\": {\"projectId\": " + projectId + "}";
    }

    @Test
    void a_client_message_reaches_every_socket_joined_to_the_instance_and_no_other(Wire wire) {
        try (LiveSocket author = wire.user().socket();
                LiveSocket reader = wire.anonymous().socket();
                LiveSocket elsewhere = wire.anonymous().socket()) {
            assertThat(author.request("join", chat(5)).path("result").isNull()).isTrue();
            // "5" and 5 name the same instance of a long param.
            assertThat(reader.request("join", "\"channel\": \"project_chat\", \"params\": {\"projectId\": \"5\"}")
                            .path("result")
                            .isNull())
                    .isTrue();
            elsewhere.request("join", chat(6));
            JsonNode published = author.request(
                    "publish", chat(5) + ", \"message\": {\"from\": \"someone else\", \"text\": \"hello\"}");
            assertThat(published.path("result").isNull()).isTrue();
            assertThat(published.path("seq").isIntegralNumber()).isTrue();
            for (LiveSocket joined : new LiveSocket[] {author, reader}) {
                JsonNode frame = joined.next("channel");
                assertThat(frame.path("channel").asString()).isEqualTo("project_chat");
                assertThat(frame.path("params").path("projectId").asLong()).isEqualTo(5);
                assertThat(frame.path("message").path("text").asString()).isEqualTo("hello");
                // The channel's method stamps the sender: a client cannot pose as another.
                assertThat(frame.path("message").path("from").asString())
                        .isEqualTo(wire.target().user().username());
                assertThat(frame.path("seq").asLong())
                        .isEqualTo(published.path("seq").asLong());
            }
            assertThat(elsewhere.drain(QUIET)).noneMatch(f -> f.has("message"));
            assertThat(reader.request("leave", chat(5)).path("result").isNull()).isTrue();
            author.request("publish", chat(5) + ", \"message\": {\"from\": \"x\", \"text\": \"again\"}");
            assertThat(reader.drain(QUIET)).noneMatch(f -> f.has("message"));
        }
    }

    @Test
    void server_code_publishes_to_the_joined_sockets(Wire wire) {
        try (LiveSocket staff = wire.staff().socket()) {
            assertThat(staff.request("join", "\"channel\": \"staff_notices\"")
                            .path("result")
                            .isNull())
                    .isTrue();
            Envelopes.success(wire.staff().call("announce", Json.text("{'text': 'maintenance at noon'}")));
            JsonNode frame = staff.next("channel");
            assertThat(frame.path("channel").asString()).isEqualTo("staff_notices");
            assertThat(frame.path("message").path("from").asString()).isEqualTo("server");
            assertThat(frame.path("message").path("text").asString()).isEqualTo("maintenance at noon");
        }
    }

    @Test
    void joining_and_publishing_are_checked_like_calling_a_function(Wire wire) {
        try (LiveSocket anonymous = wire.anonymous().socket();
                LiveSocket user = wire.user().socket();
                LiveSocket staff = wire.staff().socket();
                LiveSocket superuser = wire.superuser().socket()) {
            assertThat(code(anonymous.request("join", "\"channel\": \"staff_notices\"")))
                    .isEqualTo("UNAUTHORIZED");
            // A guarded channel the caller may not use answers as an unknown one (protocol.md, Guarded names).
            assertThat(code(user.request("join", "\"channel\": \"staff_notices\"")))
                    .isEqualTo("NOT_FOUND");
            assertThat(staff.request("join", "\"channel\": \"staff_notices\"")
                            .path("result")
                            .isNull())
                    .isTrue();
            assertThat(superuser
                            .request("join", "\"channel\": \"staff_notices\"")
                            .path("result")
                            .isNull())
                    .isTrue();
            JsonNode serverOnly = staff.request(
                    "publish", "\"channel\": \"staff_notices\", \"message\": {\"from\": \"a\", \"text\": \"b\"}");
            assertThat(code(serverOnly)).isEqualTo("FORBIDDEN");
            assertThat(user.drain(QUIET)).noneMatch(f -> f.has("message"));
        }
    }

    @Test
    void bad_channel_frames_get_error_frames(Wire wire) {
        try (LiveSocket user = wire.user().socket()) {
            JsonNode unknown = user.request("join", "\"channel\": \"no_such_channel\"");
            assertThat(code(unknown)).isEqualTo("NOT_FOUND");
            assertThat(code(user.request("join", "\"channel\": \"project_chat\"")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(user.request("join", "\"channel\": \"project_chat\", \"params\": {\"projectId\": \"x\"}")))
                    .isEqualTo("BAD_REQUEST");
            assertThat(code(user.request("publish", chat(1) + ", \"message\": {\"from\": \"a\", \"text\": \"\"}")))
                    .isEqualTo("VALIDATION_FAILED");
            assertThat(code(user.request("publish", chat(1) + ", \"message\": {\"text\": 3, \"extra\": true}")))
                    .isEqualTo("BAD_REQUEST");
            user.sendRaw(
                    "{\"id\": 900, \"type\": \"publish\", \"channel\": \"project_chat\", \"params\": {\"projectId\": 1},"
                            + " \"message\": {\"from\": \"a\", \"text\": \"" + "x".repeat(70_000) + "\"}}");
            JsonNode tooLarge = user.next("error");
            assertThat(tooLarge.path("error").path("code").asString()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(user.request("join", chat(1)).path("result").isNull()).isTrue();
        }
    }

    private static String code(JsonNode answer) {
        return answer.path("error").path("code").asString();
    }
}
