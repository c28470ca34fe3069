package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.example.taskboard.security.BoardUsers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The read side of the board, in three contexts: {@code global} (who is signed in), {@code
 * projects} (the navigation) and {@code project} (one project's details, tasks and members, fetched
 * in one request). A project is private to its members (and superusers), so both project contexts
 * are per-user ({@link ContextScope#USER}): the origin cache keeps one copy per user, an edge never
 * shares them, and a live push of a merged value reaches only the editor's own sockets (the other
 * members refetch with their own rights). Every task edit purges them. What every signed-in user
 * shares is in {@link TeamBoard}.
 */
@Service
public class BoardReads {

    private final BoardStore store;
    private final BoardUsers users;
    private final ProjectAccess access;

    public BoardReads(BoardStore store, BoardUsers users, ProjectAccess access) {
        this.store = store;
        this.users = users;
        this.access = access;
    }

    /** The signed-in user, or null when nobody is. */
    @Client(context = "global", auth = Auth.PUBLIC)
    public @Nullable SessionUser currentUser(RequestHandle request) {
        MizanUser user = request.user();
        return user == null ? null : users.sessionUser(user.username()).orElse(null);
    }

    /** The projects the caller is a member of (every project for a superuser), for the navigation. */
    @Client(context = "projects", auth = Auth.REQUIRED, scope = ContextScope.USER, cache = @Cached(ttl = "60s"))
    public List<ProjectSummary> projectList(RequestHandle request) {
        MizanUser user = request.user();
        return user == null ? List.of() : store.projectsVisibleTo(user.username(), user.superuser());
    }

    /** A project's name and description. The project context is live: everyone on it sees edits at once. */
    @Client(
            context = "project",
            auth = Auth.REQUIRED,
            scope = ContextScope.USER,
            cache = @Cached(ttl = "60s"),
            live = true)
    public ProjectDto projectDetails(long projectId, RequestHandle request) {
        access.requireVisible(projectId, request);
        return store.project(projectId).orElseThrow(() -> ProjectAccess.noProject(projectId));
    }

    /** A project's open tasks; task edits are merged into this slot. */
    @Client(context = "project", auth = Auth.REQUIRED, scope = ContextScope.USER, cache = @Cached(ttl = "60s"))
    public ProjectTasks projectTasks(long projectId, RequestHandle request) {
        access.requireVisible(projectId, request);
        return new ProjectTasks(projectId, store.openTasks(projectId));
    }

    /** The people on a project. */
    @Client(context = "project", auth = Auth.REQUIRED, scope = ContextScope.USER, cache = @Cached(ttl = "60s"))
    public List<MemberDto> projectMembers(long projectId, RequestHandle request) {
        access.requireVisible(projectId, request);
        return store.members(projectId);
    }
}
