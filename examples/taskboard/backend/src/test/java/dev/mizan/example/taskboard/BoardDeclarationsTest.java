package dev.mizan.example.taskboard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.registry.MergeTarget;
import dev.mizan.core.registry.Registry;
import dev.mizan.example.taskboard.board.BoardReads;
import dev.mizan.example.taskboard.board.TaskEdits;
import org.junit.jupiter.api.Test;

/** The board's declarations form a valid registry, with the contexts and merge slots the UI relies on. */
class BoardDeclarationsTest {

    private final Registry registry =
            Registry.builder().add(BoardReads.class).add(TaskEdits.class).build();

    @Test
    void the_project_context_bundles_three_members_under_a_required_project_id() {
        var project = registry.context("project");

        assertThat(project).isNotNull();
        assertThat(project.members()).containsExactly("project_details", "project_members", "project_tasks");
        assertThat(project.requiredParams()).containsExactly("projectId");
    }

    @Test
    void task_edits_merge_into_the_task_list_slot() {
        for (String edit : new String[] {"rename_task", "toggle_task"}) {
            var function = registry.function(edit);
            assertThat(function).isNotNull();
            assertThat(function.merge()).containsExactly(new MergeTarget("project", "project_tasks"));
        }
    }

    @Test
    void the_global_context_takes_no_params() {
        var global = registry.context("global");

        assertThat(global).isNotNull();
        assertThat(global.params()).isEmpty();
        assertThat(global.members()).containsExactly("current_user");
    }
}
