package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.example.taskboard.security.BoardUsers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The read side of the board, in three contexts: {@code global} (who is signed in), {@code
 * projects} (the navigation) and {@code project} (one project's details, tasks and members, fetched
 * in one request). The project reads are the same for every signed-in member of a permission class,
 * so they are kept by the origin cache and by an edge in front of it (docs/edge.md); every task edit
 * purges them.
 */
@Service
public class BoardReads {

    private final BoardStore store;
    private final BoardUsers users;

    public BoardReads(BoardStore store, BoardUsers users) {
        this.store = store;
        this.users = users;
    }

    /** The signed-in user, or null when nobody is. */
    @Client(context = "global", auth = Auth.PUBLIC)
    public @Nullable SessionUser currentUser(RequestHandle request) {
        MizanUser user = request.user();
        return user == null ? null : users.sessionUser(user.username()).orElse(null);
    }

    /** Every project, for the navigation. */
    @Client(context = "projects", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"))
    public List<ProjectSummary> projectList() {
        return store.projects();
    }

    /** A project's name and description. The project context is live: everyone on it sees edits at once. */
    @Client(context = "project", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"), live = true)
    public ProjectDto projectDetails(long projectId) {
        return store.project(projectId)
                .orElseThrow(() -> new MizanException(ErrorCode.NOT_FOUND, "No project " + projectId));
    }

    /** A project's open tasks; task edits are merged into this slot. */
    @Client(context = "project", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"))
    public ProjectTasks projectTasks(long projectId) {
        return new ProjectTasks(projectId, store.openTasks(projectId));
    }

    /** The people on a project. */
    @Client(context = "project", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"))
    public List<MemberDto> projectMembers(long projectId) {
        return store.members(projectId);
    }
}
