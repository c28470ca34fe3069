package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Live updates: subscriptions per context instance, pushed merge and invalidate, seq and resync. */
@ExtendWith(ConformanceServer.class)
class LiveUpdatesProbe {

    private static final Duration QUIET = Duration.ofMillis(500);

    private static String subscription(long projectId) {
        return "\"context\": \"project\", \"params\": {\"projectId\": " + projectId + "}";
    }

    @Test
    void another_clients_merge_is_pushed_to_a_subscriber_of_the_instance_with_its_value(Wire wire) {
        Agent mutator = wire.anonymous();
        long projectId = Projects.create(mutator, "Pushed merge");
        try (LiveSocket watcher = wire.anonymous().socket()) {
            assertThat(watcher.request("subscribe", subscription(projectId))
                            .path("result")
                            .isNull())
                    .isTrue();
            Envelopes.success(
                    mutator.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'Seen live'}")));
            JsonNode push = watcher.next("merge");
            assertThat(push.path("seq").isIntegralNumber()).isTrue();
            JsonNode entry = push.path("entries").path(0);
            assertThat(entry.path("context").asString()).isEqualTo("project");
            assertThat(entry.path("slot").asString()).isEqualTo("project_details");
            assertThat(entry.path("params").path("projectId").asLong()).isEqualTo(projectId);
            assertThat(entry.path("value").path("name").asString()).isEqualTo("Seen live");
        }
    }

    @Test
    void an_invalidation_is_pushed_to_subscribers_of_the_touched_instance_only(Wire wire) {
        Agent mutator = wire.anonymous();
        long touched = Projects.create(mutator, "Touched");
        long other = Projects.create(mutator, "Untouched");
        try (LiveSocket watcher = wire.anonymous().socket();
                LiveSocket bystander = wire.anonymous().socket()) {
            watcher.request("subscribe", subscription(touched));
            bystander.request("subscribe", subscription(other));
            Projects.task(mutator, touched, "live task");
            JsonNode push = watcher.next("invalidate");
            assertThat(push.path("entries").path(0).path("context").asString()).isEqualTo("project");
            assertThat(push.path("entries")
                            .path(0)
                            .path("params")
                            .path("projectId")
                            .asLong())
                    .isEqualTo(touched);
            assertThat(bystander.drain(QUIET)).noneMatch(f -> f.has("entries"));
        }
    }

    @Test
    void subscribing_is_checked_like_fetching_the_context(Wire wire) {
        try (LiveSocket anonymous = wire.anonymous().socket();
                LiveSocket user = wire.user().socket();
                LiveSocket staff = wire.staff().socket()) {
            assertThat(anonymous
                            .request("subscribe", "\"context\": \"admin\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("UNAUTHORIZED");
            // A guarded context the caller may not use answers as an unknown one (protocol.md, Guarded names).
            assertThat(user.request("subscribe", "\"context\": \"admin\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("NOT_FOUND");
            assertThat(staff.request("subscribe", "\"context\": \"admin\"")
                            .path("result")
                            .isNull())
                    .isTrue();
            assertThat(user.request("subscribe", "\"context\": \"no_such_context\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("NOT_FOUND");
            assertThat(user.request("subscribe", "\"context\": \"project\"")
                            .at("/error/code")
                            .asString())
                    .isEqualTo("BAD_REQUEST");
        }
    }

    @Test
    void a_merged_value_reaches_only_sockets_of_the_callers_permission_key(Wire wire) {
        Agent user = wire.user();
        long projectId = Projects.create(user, "Permission boundary");
        try (LiveSocket same = wire.user().socket();
                LiveSocket staff = wire.staff().socket();
                LiveSocket anonymous = wire.anonymous().socket()) {
            for (LiveSocket s : List.of(same, staff, anonymous)) {
                s.request("subscribe", subscription(projectId));
            }
            Envelopes.success(
                    user.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'Classified'}")));
            assertThat(same.next("merge").at("/entries/0/value/name").asString())
                    .isEqualTo("Classified");
            for (LiveSocket other : List.of(staff, anonymous)) {
                List<JsonNode> frames = other.drain(QUIET);
                assertThat(frames).noneMatch(f -> f.toString().contains("Classified"));
                assertThat(frames).anyMatch(f -> f.path("type").asString("").equals("invalidate"));
            }
        }
    }

    @Test
    void a_missed_push_is_replayed_from_since_and_an_unknown_seq_gets_resync(Wire wire) {
        Agent mutator = wire.anonymous();
        long projectId = Projects.create(mutator, "Replay");
        long seq;
        try (LiveSocket first = wire.anonymous().socket()) {
            seq = first.next("ready").path("seq").asLong();
        }
        Envelopes.success(
                mutator.call("rename_project", Json.text("{'projectId': " + projectId + ", 'name': 'While away'}")));
        try (LiveSocket back = wire.anonymous().socket()) {
            back.request("subscribe", subscription(projectId) + ", \"since\": " + seq);
            JsonNode replayed = back.next("merge");
            assertThat(replayed.path("seq").asLong()).isGreaterThan(seq);
            assertThat(replayed.at("/entries/0/value/name").asString()).isEqualTo("While away");
            back.request("resume", "\"seq\": 1");
            assertThat(back.next("resync").path("seq").isIntegralNumber()).isTrue();
        }
    }
}
