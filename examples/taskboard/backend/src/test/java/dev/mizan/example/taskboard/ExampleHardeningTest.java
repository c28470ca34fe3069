package dev.mizan.example.taskboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * Regression tests for issue 12 point 7 (a rename racing a delete; projects private to their
 * members): the example is what people copy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExampleHardeningTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void point7_a_rename_racing_a_delete_never_answers_a_merge_without_the_task() throws Exception {
        BoardHttp ben = new BoardHttp(port).signIn("ben", "ben-pass");
        BoardHttp ada = new BoardHttp(port).signIn("ada", "ada-pass");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                long taskId = ben.call("create_task", Map.of("projectId", 3, "task", Map.of("title", "Race " + round)))
                        .body()
                        .path("result")
                        .path("id")
                        .asLong();
                Callable<BoardHttp.Answer> rename =
                        () -> ben.call("rename_task", Map.of("taskId", taskId, "title", "Renamed " + taskId));
                Callable<BoardHttp.Answer> delete = () -> ada.call("delete_task", Map.of("taskId", taskId));
                Future<BoardHttp.Answer> renamed = pool.submit(rename);
                Future<BoardHttp.Answer> deleted = pool.submit(delete);
                BoardHttp.Answer r = renamed.get();
                assertThat(deleted.get().status()).isEqualTo(200);
                if (r.status() == 200) {
                    List<Long> ids = new ArrayList<>();
                    for (JsonNode task :
                            r.body().path("merge").path(0).path("value").path("tasks")) {
                        ids.add(task.path("id").asLong());
                    }
                    assertThat(ids)
                            .as("round %d: a 200 rename merges a list holding the task", round)
                            .contains(taskId);
                } else {
                    assertThat(r.status()).isEqualTo(404);
                    assertThat(r.body().path("error").path("code").asString()).isEqualTo("NOT_FOUND");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Who may see which demo project: members, and the superuser; ada and ben are on all three. */
    private static final Map<String, Set<Long>> VISIBLE = Map.of(
            "ada", Set.of(1L, 2L, 3L),
            "ben", Set.of(1L, 2L, 3L),
            "cy", Set.of(1L),
            "root", Set.of(1L, 2L, 3L));

    @Test
    void point7_a_user_reads_and_edits_only_the_projects_they_are_a_member_of() throws Exception {
        Map<String, BoardHttp> users = new LinkedHashMap<>();
        for (String name : List.of("ada", "ben", "cy", "root")) {
            users.put(name, new BoardHttp(port).signIn(name, name + "-pass"));
        }
        // A task in every project, made by a member, for the edits below.
        Map<Long, Long> taskOf = new LinkedHashMap<>();
        for (long projectId = 1; projectId <= 3; projectId++) {
            taskOf.put(
                    projectId,
                    users.get("ben")
                            .call(
                                    "create_task",
                                    Map.of("projectId", projectId, "task", Map.of("title", "Private " + projectId)))
                            .body()
                            .path("result")
                            .path("id")
                            .asLong());
        }
        for (var user : users.entrySet()) {
            String name = user.getKey();
            BoardHttp http = user.getValue();
            List<Long> listed = new ArrayList<>();
            for (JsonNode p : http.context("projects", "").body().path("project_list")) {
                listed.add(p.path("id").asLong());
            }
            assertThat(listed)
                    .as("%s's project list", name)
                    .containsExactlyElementsOf(new TreeSet<>(VISIBLE.get(name)));
            for (long projectId = 1; projectId <= 3; projectId++) {
                boolean visible = VISIBLE.get(name).contains(projectId);
                int expected = visible ? 200 : 404;
                String what = name + " on project " + projectId;
                // Read twice: the second read comes from the origin cache, which keys per user.
                for (int read = 0; read < 2; read++) {
                    var answer = http.context("project", "projectId=" + projectId);
                    assertThat(answer.status()).as(what).isEqualTo(expected);
                    if (!visible) {
                        assertThat(answer.body().path("error").path("code").asString())
                                .isEqualTo("NOT_FOUND");
                        assertThat(answer.body().toString()).doesNotContain("Private " + projectId);
                    }
                }
                long taskId = taskOf.get(projectId);
                assertThat(http.context("attachments", "taskId=" + taskId).status())
                        .as(what)
                        .isEqualTo(expected);
                // Twice, so that the task is open again when staff archive the finished ones.
                for (int toggle = 0; toggle < 2; toggle++) {
                    assertThat(http.call("toggle_task", Map.of("taskId", taskId))
                                    .status())
                            .as(what)
                            .isEqualTo(expected);
                }
                assertThat(http.call("rename_task", Map.of("taskId", taskId, "title", "Renamed by " + name))
                                .status())
                        .as(what)
                        .isEqualTo(expected);
                var created = http.call(
                        "create_task",
                        Map.of("projectId", projectId, "task", Map.of("title", "By " + name + " on " + projectId)));
                assertThat(created.status()).as(what).isEqualTo(expected);
                var archive = http.call("archive_done_tasks", Map.of("projectId", projectId));
                boolean staff = !name.equals("ben") && !name.equals("cy");
                assertThat(archive.status()).as(what).isEqualTo(staff && visible ? 200 : 404);
            }
        }
        // A private project reads the same as a missing one, and nothing it holds leaks into the error.
        var hidden = users.get("cy").context("project", "projectId=2");
        var missing = users.get("cy").context("project", "projectId=999");
        assertThat(hidden.body().path("error").path("message").asString().replace("2", "N"))
                .isEqualTo(
                        missing.body().path("error").path("message").asString().replace("999", "N"));
        // Deletion by a non-member is refused and leaves the task in place for its members.
        long task = taskOf.get(3L);
        assertThat(users.get("cy").call("delete_task", Map.of("taskId", task)).status())
                .isEqualTo(404);
        assertThat(users.get("ben").context("project", "projectId=3").body().toString())
                .contains("\"id\":" + task);
    }
}
