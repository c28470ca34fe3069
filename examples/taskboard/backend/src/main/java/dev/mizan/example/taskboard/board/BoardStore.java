package dev.mizan.example.taskboard.board;

import dev.mizan.example.taskboard.data.AppUser;
import dev.mizan.example.taskboard.data.Attachment;
import dev.mizan.example.taskboard.data.Project;
import dev.mizan.example.taskboard.data.Task;
import dev.mizan.jpa.Shapes;
import dev.mizan.jpa.Sort;
import dev.mizan.jpa.Where;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's storage: every read is a shape ({@link ProjectSummary}, {@link TaskDto}, …) read by
 * {@link Shapes} with exactly its columns; writes go through JPA on the entities of {@code
 * dev.mizan.example.taskboard.data}. Both use the same shared, transaction-aware {@link
 * EntityManager}, so a read inside an edit's transaction sees the edit.
 */
@Repository
public class BoardStore {

    private static final Sort BY_DISPLAY_NAME = Sort.parse("displayName");

    private final Shapes shapes;
    private final EntityManager em;

    /** Over the board's persistence unit, on its shared entity manager (which joins the current transaction). */
    public BoardStore(Shapes shapes, EntityManagerFactory emf) {
        this.shapes = shapes;
        this.em = SharedEntityManagerCreator.createSharedEntityManager(emf);
    }

    /** The projects a user may see: every project for a superuser, otherwise the user's own. */
    public List<ProjectSummary> projectsVisibleTo(String username, boolean everyProject) {
        Where where = everyProject ? Where.none() : Where.none().and("members.username", username);
        return shapes.all(ProjectSummary.class, where, Sort.none());
    }

    /** The board's people with their status lines, for the team panel. */
    public List<TeamMember> team() {
        return shapes.all(TeamMember.class, Where.none(), BY_DISPLAY_NAME);
    }

    /** Whether the user was there to get the status line. */
    @Transactional
    public boolean setStatus(String username, String status) {
        return em.createQuery("update AppUser u set u.status = :status where u.username = :username")
                        .setParameter("status", status)
                        .setParameter("username", username)
                        .executeUpdate()
                > 0;
    }

    public Optional<ProjectDto> project(long projectId) {
        return first(shapes.all(ProjectDto.class, Where.none().and("id", projectId), Sort.none()));
    }

    public List<TaskDto> openTasks(long projectId) {
        return shapes.all(
                TaskDto.class, Where.none().and("project.id", projectId).and("archived", false), Sort.none());
    }

    public List<MemberDto> members(long projectId) {
        return shapes.all(MemberDto.class, Where.none().and("projects.id", projectId), BY_DISPLAY_NAME);
    }

    /**
     * The project a task belongs to, when the task exists and is not archived, locking the task's
     * row until the transaction ends: a concurrent delete waits for a rename, and a rename that
     * comes second finds the task gone instead of answering a list without it.
     */
    @Transactional
    public Optional<Long> projectOfTask(long taskId) {
        Task task = em.find(Task.class, taskId, LockModeType.PESSIMISTIC_WRITE);
        return task == null || task.archived() ? Optional.empty() : Optional.of(task.projectId());
    }

    /** The project of a task that is not archived, without locking it (for reads). */
    public Optional<Long> projectOfOpenTask(long taskId) {
        return first(
                em.createQuery("select t.project.id from Task t where t.id = :id and t.archived = false", Long.class)
                        .setParameter("id", taskId)
                        .getResultList());
    }

    public Optional<Long> memberId(long projectId, String username) {
        return first(em.createQuery(
                        "select u.id from Project p join p.members u where p.id = :project and u.username = :username",
                        Long.class)
                .setParameter("project", projectId)
                .setParameter("username", username)
                .getResultList());
    }

    /**
     * Whether an open (not done, not archived) task of a project the user may see (a member's, or any
     * for a superuser) has the title, ignoring case.
     */
    public boolean hasOpenTaskTitled(String title, String username, boolean superuser) {
        var query = em.createQuery(
                        "select count(t) from Task t where lower(t.title) = lower(:title)"
                                + " and t.done = false and t.archived = false"
                                + (superuser
                                        ? ""
                                        : " and exists (select 1 from Project p join p.members u"
                                                + " where p = t.project and u.username = :username)"),
                        Long.class)
                .setParameter("title", title);
        if (!superuser) {
            query.setParameter("username", username);
        }
        return query.getSingleResult() > 0;
    }

    @Transactional
    public long insertTask(long projectId, String title, @Nullable Long assigneeId) {
        Task task = new Task(
                em.getReference(Project.class, projectId),
                title,
                assigneeId == null ? null : em.getReference(AppUser.class, assigneeId));
        em.persist(task);
        em.flush();
        return Objects.requireNonNull(task.id());
    }

    public TaskDto task(long taskId) {
        return first(shapes.all(TaskDto.class, Where.none().and("id", taskId), Sort.none()))
                .orElseThrow();
    }

    /** Whether the task was there (not archived) to be renamed. */
    @Transactional
    public boolean renameTask(long taskId, String title) {
        return openTask(taskId)
                .map(task -> {
                    task.rename(title);
                    return true;
                })
                .orElse(false);
    }

    /** Whether the task was there (not archived) to be toggled. */
    @Transactional
    public boolean toggleTask(long taskId) {
        return openTask(taskId)
                .map(task -> {
                    task.toggle();
                    return true;
                })
                .orElse(false);
    }

    /** Whether the task was there (not archived) to be deleted; its attachments go with it. */
    @Transactional
    public boolean deleteTask(long taskId) {
        return openTask(taskId)
                .map(task -> {
                    em.createQuery("delete from Attachment a where a.task.id = :task")
                            .setParameter("task", taskId)
                            .executeUpdate();
                    em.remove(task);
                    em.flush();
                    return true;
                })
                .orElse(false);
    }

    @Transactional
    public int archiveDone(long projectId) {
        return em.createQuery("update Task t set t.archived = true"
                        + " where t.project.id = :project and t.done = true and t.archived = false")
                .setParameter("project", projectId)
                .executeUpdate();
    }

    /** The files attached to a task, oldest first. */
    public List<AttachmentDto> attachments(long taskId) {
        return shapes.all(AttachmentDto.class, Where.none().and("task.id", taskId), Sort.none());
    }

    public Optional<AttachmentDto> attachment(long attachmentId) {
        return first(shapes.all(AttachmentDto.class, Where.none().and("id", attachmentId), Sort.none()));
    }

    /** Records an attachment of a task; its id names the file its bytes go to. */
    @Transactional
    public long insertAttachment(long taskId, String name, String contentType, long size) {
        Attachment attachment = new Attachment(em.getReference(Task.class, taskId), name, contentType, size);
        em.persist(attachment);
        em.flush();
        return Objects.requireNonNull(attachment.id());
    }

    /** Removes an attachment's row (its bytes could not be kept). */
    @Transactional
    public void deleteAttachment(long attachmentId) {
        em.createQuery("delete from Attachment a where a.id = :id")
                .setParameter("id", attachmentId)
                .executeUpdate();
    }

    private Optional<Task> openTask(long taskId) {
        Task task = em.find(Task.class, taskId);
        return task == null || task.archived() ? Optional.empty() : Optional.of(task);
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }
}
