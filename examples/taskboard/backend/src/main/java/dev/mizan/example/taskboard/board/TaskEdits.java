package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mutations of the board. Each declares what it changes; the client refetches or splices
 * accordingly, with no invalidation code of its own.
 */
@Service
@Transactional
public class TaskEdits {

    private final BoardStore store;
    private final ProjectAccess access;

    public TaskEdits(BoardStore store, ProjectAccess access) {
        this.store = store;
        this.access = access;
    }

    /** Adds a task to a project; stales that project only (scoped by the {@code projectId} argument). */
    @Client(affects = "project", auth = Auth.REQUIRED)
    public TaskDto createTask(long projectId, @Valid NewTask task, RequestHandle request) {
        access.requireVisible(projectId, request);
        Long assigneeId = null;
        if (task.assignee() != null && !task.assignee().isBlank()) {
            assigneeId = store.memberId(projectId, task.assignee())
                    .orElseThrow(() -> MizanException.validation(
                            Map.of("task.assignee", List.of("Pick a member of this project"))));
        }
        long id = store.insertTask(projectId, task.title().strip(), assigneeId);
        return store.task(id);
    }

    /** Renames a task; the project's task list comes back and is merged into the cache, no refetch. */
    @Client(merge = "project", auth = Auth.REQUIRED)
    public ProjectTasks renameTask(
            long taskId,
            @NotBlank(message = "Give the task a title") @Size(min = 3, max = 80, message = "Use 3 to 80 characters")
                    String title,
            RequestHandle request) {
        long projectId = access.projectOfTask(taskId, request);
        if (!store.renameTask(taskId, title.strip())) {
            throw noTask(taskId);
        }
        return new ProjectTasks(projectId, store.openTasks(projectId));
    }

    /** Marks a task done or open again; merged like a rename. */
    @Client(merge = "project", auth = Auth.REQUIRED)
    public ProjectTasks toggleTask(long taskId, RequestHandle request) {
        long projectId = access.projectOfTask(taskId, request);
        if (!store.toggleTask(taskId)) {
            throw noTask(taskId);
        }
        return new ProjectTasks(projectId, store.openTasks(projectId));
    }

    /** Deletes a task; the result's {@code projectId} scopes the invalidation to its project. */
    @Client(affects = "project", auth = Auth.REQUIRED)
    public DeletedTask deleteTask(long taskId, RequestHandle request) {
        long projectId = access.projectOfTask(taskId, request);
        if (!store.deleteTask(taskId)) {
            throw noTask(taskId);
        }
        return new DeletedTask(projectId, taskId);
    }

    /** Staff only, on a project they can see: archives its finished tasks. */
    @Client(affects = "project", auth = Auth.STAFF)
    public ArchiveResult archiveDoneTasks(long projectId, RequestHandle request) {
        access.requireVisible(projectId, request);
        return new ArchiveResult(projectId, store.archiveDone(projectId));
    }

    private static MizanException noTask(long taskId) {
        return new MizanException(ErrorCode.NOT_FOUND, "No task " + taskId);
    }
}
