package dev.mizan.example.taskboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The task board's functions on the wire, through form login, as the generated client uses them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskBoardWireTest {

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_project_fetch_is_unauthorized() throws Exception {
        var answer = new BoardHttp(port).context("project", "projectId=1");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("error").path("code").asString()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void the_session_and_global_context_show_the_signed_in_user() throws Exception {
        var ben = new BoardHttp(port).signIn("ben", "ben-pass");

        assertThat(ben.session().body().path("user").path("username").asString())
                .isEqualTo("ben");
        var global = ben.context("global", "");
        assertThat(global.status()).isEqualTo(200);
        assertThat(global.body().path("current_user").path("displayName").asString())
                .isEqualTo("Ben Okafor");
    }

    @Test
    void one_project_request_bundles_details_tasks_and_members() throws Exception {
        var answer = new BoardHttp(port).signIn("ben", "ben-pass").context("project", "projectId=3");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.body();
        assertThat(body.path("project_details").path("name").asString()).isEqualTo("Office move");
        assertThat(body.path("project_tasks").path("projectId").asLong()).isEqualTo(3);
        assertThat(body.path("project_tasks").path("tasks").size()).isGreaterThanOrEqualTo(1);
        assertThat(body.path("project_members").size()).isEqualTo(3);
    }

    @Test
    void creating_a_task_invalidates_only_its_project() throws Exception {
        var answer = new BoardHttp(port)
                .signIn("ben", "ben-pass")
                .call("create_task", Map.of("projectId", 2, "task", Map.of("title", "Plan the beta")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().path("result").path("title").asString()).isEqualTo("Plan the beta");
        JsonNode entry = answer.body().path("invalidate").path(0);
        assertThat(entry.path("context").asString()).isEqualTo("project");
        assertThat(entry.path("params").path("projectId").asLong()).isEqualTo(2);
        assertThat(answer.body().path("invalidate").size()).isEqualTo(1);
    }

    @Test
    void a_short_title_is_refused_with_a_message_for_the_field() throws Exception {
        var answer = new BoardHttp(port)
                .signIn("ben", "ben-pass")
                .call("create_task", Map.of("projectId", 2, "task", Map.of("title", "ab")));

        assertThat(answer.status()).isEqualTo(422);
        JsonNode error = answer.body().path("error");
        assertThat(error.path("code").asString()).isEqualTo("VALIDATION_FAILED");
        assertThat(error.path("details").path("fields").toString()).contains("title", "Use 3 to 80 characters");
    }

    @Test
    void the_fresh_title_rule_looks_only_at_projects_the_caller_can_see() throws Exception {
        // "Book the movers" is open in Office move (3): ben is a member there, cy is not.
        Map<String, Object> args = Map.of("projectId", 1, "task", Map.of("title", "book the movers"));
        var ben = new BoardHttp(port).signIn("ben", "ben-pass").call("create_task.validate", args);
        assertThat(ben.body().path("result").path("valid").asBoolean()).isFalse();
        assertThat(ben.body().path("result").path("fields").toString())
                .contains("task.title", "An open task already has this title");

        // For cy the title is fresh: refusing it would tell her that a project she cannot see has it.
        var cy = new BoardHttp(port).signIn("cy", "cy-pass").call("create_task.validate", args);
        assertThat(cy.status()).isEqualTo(200);
        assertThat(cy.body().path("result").path("valid").asBoolean()).isTrue();
    }

    @Test
    void an_assignee_outside_the_project_is_refused() throws Exception {
        var answer = new BoardHttp(port)
                .signIn("ben", "ben-pass")
                .call("create_task", Map.of("projectId", 1, "task", Map.of("title", "Ask root", "assignee", "root")));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("error").path("details").path("fields").toString())
                .contains("assignee", "Pick a member of this project");
    }

    @Test
    void renaming_a_task_merges_the_task_list_into_its_project() throws Exception {
        var ben = new BoardHttp(port).signIn("ben", "ben-pass");
        long taskId = ben.call("create_task", Map.of("projectId", 3, "task", Map.of("title", "Water the plants")))
                .body()
                .path("result")
                .path("id")
                .asLong();

        var answer = ben.call("rename_task", Map.of("taskId", taskId, "title", "Water the office plants"));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode merge = answer.body().path("merge").path(0);
        assertThat(merge.path("context").asString()).isEqualTo("project");
        assertThat(merge.path("slot").asString()).isEqualTo("project_tasks");
        assertThat(merge.path("params").path("projectId").asLong()).isEqualTo(3);
        assertThat(merge.path("value").path("tasks").toString()).contains("Water the office plants");
        assertThat(answer.body().has("invalidate")).isFalse();
    }

    @Test
    void deleting_a_task_is_scoped_by_the_project_in_its_result() throws Exception {
        var ben = new BoardHttp(port).signIn("ben", "ben-pass");
        long taskId = ben.call("create_task", Map.of("projectId", 2, "task", Map.of("title", "Short-lived")))
                .body()
                .path("result")
                .path("id")
                .asLong();

        var answer = ben.call("delete_task", Map.of("taskId", taskId));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode entry = answer.body().path("invalidate").path(0);
        assertThat(entry.path("context").asString()).isEqualTo("project");
        assertThat(entry.path("params").path("projectId").asLong()).isEqualTo(2);
        assertThat(ben.call("delete_task", Map.of("taskId", taskId)).status()).isEqualTo(404);
    }

    @Test
    void only_staff_may_archive_finished_tasks() throws Exception {
        var member = new BoardHttp(port).signIn("ben", "ben-pass").call("archive_done_tasks", Map.of("projectId", 2));
        assertThat(member.status()).isEqualTo(404);
        assertThat(member.body().path("error").path("code").asString()).isEqualTo("NOT_FOUND");

        var staff = new BoardHttp(port).signIn("ada", "ada-pass").call("archive_done_tasks", Map.of("projectId", 2));
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body().path("result").path("projectId").asLong()).isEqualTo(2);
    }

    @Test
    void an_unknown_project_is_not_found() throws Exception {
        var answer = new BoardHttp(port).signIn("ada", "ada-pass").context("project", "projectId=999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("error").path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void the_team_panel_is_shared_and_a_status_change_stales_it_for_everyone() throws Exception {
        var ben = new BoardHttp(port).signIn("ben", "ben-pass");
        var cy = new BoardHttp(port).signIn("cy", "cy-pass");

        var set = ben.call("set_my_status", Map.of("status", "  Out until Monday "));
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().path("result").path("status").asString()).isEqualTo("Out until Monday");
        assertThat(set.body().path("invalidate").path(0).path("context").asString())
                .isEqualTo("team");
        assertThat(cy.context("team", "").body().path("team_directory").toString())
                .contains("Out until Monday");

        var tooLong = cy.call("set_my_status", Map.of("status", "x".repeat(81)));
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.body().path("error").path("details").path("fields").toString())
                .contains("Keep it under 80 characters");
        assertThat(new BoardHttp(port).context("team", "").status()).isEqualTo(401);
    }
}
