package dev.mizan.example.taskboard.board;

import java.util.List;

/**
 * A project's open task list. It is both a member of the {@code project} context and what the task
 * edits return, so those edits are merged into the cached project without a refetch.
 */
public record ProjectTasks(long projectId, List<TaskDto> tasks) {
    public ProjectTasks {
        tasks = List.copyOf(tasks);
    }
}
