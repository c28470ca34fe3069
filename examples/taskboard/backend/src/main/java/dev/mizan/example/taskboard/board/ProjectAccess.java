package dev.mizan.example.taskboard.board;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who may see a project: its members, and superusers (who administer the board). Everyone else
 * gets the answer a missing project gets, so a non-member cannot tell a private project from an
 * id that does not exist.
 */
@Component
public class ProjectAccess {

    private final BoardStore store;

    public ProjectAccess(BoardStore store) {
        this.store = store;
    }

    /** Throws {@code NOT_FOUND} unless the project exists and the caller may see it. */
    public void requireVisible(long projectId, RequestHandle request) {
        MizanUser user = request.user();
        if (store.project(projectId).isEmpty() || !visible(projectId, user)) {
            throw noProject(projectId);
        }
    }

    /**
     * The project of a task the caller may see, its row locked until the transaction ends (see
     * {@link BoardStore#projectOfTask}); {@code NOT_FOUND} for a missing, archived or foreign task.
     */
    public long projectOfTask(long taskId, RequestHandle request) {
        return store.projectOfTask(taskId)
                .filter(projectId -> visible(projectId, request.user()))
                .orElseThrow(() -> new MizanException(ErrorCode.NOT_FOUND, "No task " + taskId));
    }

    /** Throws {@code NOT_FOUND} unless the task is open and the caller may see its project; no lock. */
    public void requireVisibleTask(long taskId, RequestHandle request) {
        MizanUser user = request.user();
        if (user == null || !taskVisible(taskId, user.username(), user.superuser())) {
            throw new MizanException(ErrorCode.NOT_FOUND, "No task " + taskId);
        }
    }

    /** Whether the caller may see the project (which must exist). */
    public boolean visible(long projectId, @Nullable MizanUser user) {
        return user != null && visible(projectId, user.username(), user.superuser());
    }

    /** Whether the named user may see the project (which must exist). */
    public boolean visible(long projectId, String username, boolean superuser) {
        return superuser || store.memberId(projectId, username).isPresent();
    }

    /** Whether the named user may see the open task's project. */
    public boolean taskVisible(long taskId, String username, boolean superuser) {
        return store.projectOfOpenTask(taskId)
                .filter(projectId -> visible(projectId, username, superuser))
                .isPresent();
    }

    static MizanException noProject(long projectId) {
        return new MizanException(ErrorCode.NOT_FOUND, "No project " + projectId);
    }
}
