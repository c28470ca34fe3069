package dev.mizan.example.taskboard.board;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL access to projects, members and tasks. */
@Repository
public class BoardStore {

    private static final String TASK_COLUMNS =
            "SELECT t.id, t.title, t.done, u.username AS assignee FROM task t LEFT JOIN app_user u ON u.id = t.assignee_id";

    private final JdbcClient jdbc;

    public BoardStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The projects a user may see: every project for a superuser, otherwise the user's own. */
    public List<ProjectSummary> projectsVisibleTo(String username, boolean everyProject) {
        return jdbc.sql("""
                        SELECT p.id, p.name FROM project p WHERE ? OR EXISTS (
                        SELECT 1 FROM project_member m JOIN app_user u ON u.id = m.user_id
                        WHERE m.project_id = p.id AND u.username = ?) ORDER BY p.id""")
                .params(everyProject, username)
                .query(ProjectSummary.class)
                .list();
    }

    /** The board's people with their status lines, for the team panel. */
    public List<TeamMember> team() {
        return jdbc.sql("SELECT username, display_name, staff, status FROM app_user ORDER BY display_name")
                .query(TeamMember.class)
                .list();
    }

    /** Whether the user was there to get the status line. */
    public boolean setStatus(String username, String status) {
        return jdbc.sql("UPDATE app_user SET status = ? WHERE username = ?")
                        .params(status, username)
                        .update()
                > 0;
    }

    public Optional<ProjectDto> project(long projectId) {
        return jdbc.sql("SELECT id, name, description FROM project WHERE id = ?")
                .param(projectId)
                .query(ProjectDto.class)
                .optional();
    }

    public List<TaskDto> openTasks(long projectId) {
        return jdbc.sql(TASK_COLUMNS + " WHERE t.project_id = ? AND NOT t.archived ORDER BY t.id")
                .param(projectId)
                .query(TaskDto.class)
                .list();
    }

    public List<MemberDto> members(long projectId) {
        return jdbc.sql("""
                        SELECT u.username, u.display_name, u.staff FROM project_member m
                        JOIN app_user u ON u.id = m.user_id WHERE m.project_id = ? ORDER BY u.display_name""").param(projectId).query(MemberDto.class).list();
    }

    /**
     * The project a task belongs to, when the task exists and is not archived, locking the task's
     * row until the transaction ends: a concurrent delete waits for a rename, and a rename that
     * comes second finds the task gone instead of answering a list without it.
     */
    public Optional<Long> projectOfTask(long taskId) {
        return jdbc.sql("SELECT project_id FROM task WHERE id = ? AND NOT archived FOR UPDATE")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    /** The project of a task that is not archived, without locking it (for reads). */
    public Optional<Long> projectOfOpenTask(long taskId) {
        return jdbc.sql("SELECT project_id FROM task WHERE id = ? AND NOT archived")
                .param(taskId)
                .query(Long.class)
                .optional();
    }

    public Optional<Long> memberId(long projectId, String username) {
        return jdbc.sql("""
                        SELECT u.id FROM project_member m JOIN app_user u ON u.id = m.user_id
                        WHERE m.project_id = ? AND u.username = ?""").params(projectId, username).query(Long.class).optional();
    }

    /** Whether an open (not done, not archived) task anywhere has this title, ignoring case. */
    /** Whether an open task of a project the user may see (a member's, or any for a superuser) has the title. */
    public boolean hasOpenTaskTitled(String title, String username, boolean superuser) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM task t
                        WHERE LOWER(t.title) = LOWER(?) AND NOT t.done AND NOT t.archived
                          AND (? OR EXISTS (
                            SELECT 1 FROM project_member m JOIN app_user u ON u.id = m.user_id
                            WHERE m.project_id = t.project_id AND u.username = ?))
                        """)
                        .param(title)
                        .param(superuser)
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertTask(long projectId, String title, @Nullable Long assigneeId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO task (project_id, title, assignee_id) VALUES (?, ?, ?)")
                .params(projectId, title, assigneeId)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public TaskDto task(long taskId) {
        return jdbc.sql(TASK_COLUMNS + " WHERE t.id = ?")
                .param(taskId)
                .query(TaskDto.class)
                .single();
    }

    /** Whether the task was there (not archived) to be renamed. */
    public boolean renameTask(long taskId, String title) {
        return jdbc.sql("UPDATE task SET title = ? WHERE id = ? AND NOT archived")
                        .params(title, taskId)
                        .update()
                > 0;
    }

    /** Whether the task was there (not archived) to be toggled. */
    public boolean toggleTask(long taskId) {
        return jdbc.sql("UPDATE task SET done = NOT done WHERE id = ? AND NOT archived")
                        .param(taskId)
                        .update()
                > 0;
    }

    /** Whether the task was there (not archived) to be deleted. */
    public boolean deleteTask(long taskId) {
        return jdbc.sql("DELETE FROM task WHERE id = ? AND NOT archived")
                        .param(taskId)
                        .update()
                > 0;
    }

    public int archiveDone(long projectId) {
        return jdbc.sql("UPDATE task SET archived = TRUE WHERE project_id = ? AND done AND NOT archived")
                .param(projectId)
                .update();
    }
}
