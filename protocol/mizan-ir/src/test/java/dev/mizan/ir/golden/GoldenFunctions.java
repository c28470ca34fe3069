package dev.mizan.ir.golden;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.Cached;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.RequestHandle;
import dev.mizan.ir.golden.Dtos.Everything;
import dev.mizan.ir.golden.Dtos.Outer;
import dev.mizan.ir.golden.Dtos.Page;
import dev.mizan.ir.golden.Dtos.ProjectDto;
import dev.mizan.ir.golden.Dtos.Shape;
import dev.mizan.ir.golden.Dtos.Status;
import dev.mizan.ir.golden.Dtos.TaskDto;
import dev.mizan.ir.golden.Dtos.Tree;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Server functions covering every construct of the IR. */
public class GoldenFunctions {

    /** Allows owners only. */
    public static final class IsOwner implements AuthPredicate {
        @Override
        public boolean allows(RequestHandle request) {
            return request.user() != null;
        }
    }

    /** Lists the projects the caller can see. */
    @Client(context = "global")
    public List<ProjectDto> projects() {
        return List.of();
    }

    /** The tasks assigned to the caller: a per-user context. */
    @Client(context = "me", scope = ContextScope.USER, auth = Auth.REQUIRED)
    public List<TaskDto> myTasks(RequestHandle request) {
        return List.of();
    }

    /**
     * The project's details, with {@code description} when set.
     *
     * @param projectId the project
     * @return the project
     */
    @Client(context = "project", cache = @Cached(ttl = "5m"))
    public ProjectDto projectDetails(int projectId) {
        return new ProjectDto(projectId, "p", null);
    }

    /** One page of the project's tasks, optionally filtered by status. */
    @Client(context = "project", rev = 2)
    public Page<TaskDto> projectTasks(int projectId, @Nullable Status status, Optional<Integer> limit) {
        return new Page<>(List.of(), 0, null);
    }

    /** Creates a task in a project. */
    @Client(affects = "project_tasks", auth = Auth.REQUIRED)
    public TaskDto createTask(int projectId, @NotBlank String title, @Nullable LocalDate due) {
        return new TaskDto(1, title, due, Status.OPEN, java.util.Set.of());
    }

    @Client(
            merge = "project",
            auth = Auth.STAFF,
            roles = {"ops", "admin"})
    public ProjectDto renameProject(int projectId, String name) {
        return new ProjectDto(projectId, name, null);
    }

    @Client(
            affects = {"project", "global"},
            predicate = IsOwner.class,
            rev = 3)
    public void deleteProject(int projectId, RequestHandle request) {}

    /** Task cards: a shape list. */
    @Client
    public List<Dtos.TaskCard> taskCards() {
        return List.of();
    }

    @Client(auth = Auth.SUPERUSER)
    public @Nullable Shape shape(Shape input) {
        return input;
    }

    @Client(name = "tasks_by_status")
    public Map<Status, List<TaskDto>> groupTasks(Map<UUID, Long> weights) {
        return Map.of();
    }

    @Client
    public Everything echo(Everything input, Tree tree, Outer.Inner inner) {
        return input;
    }

    /** A form: its record's constraints, labels, help texts and defaults become the IR's form node. */
    @Client(affects = "project_tasks", auth = Auth.REQUIRED)
    public TaskDto submitTask(@jakarta.validation.constraints.Min(1) int projectId, Dtos.NewTask task) {
        return new TaskDto(1, task.title(), null, Status.OPEN, java.util.Set.of());
    }

    /** Who is typing on a project's board. */
    @Channel(auth = Auth.REQUIRED, clientPublish = true)
    public TaskDto boardTyping(int projectId, TaskDto message, RequestHandle request) {
        return message;
    }

    @Channel(name = "announcements", roles = "ops", predicate = IsOwner.class)
    public Dtos.Money news(Dtos.Money message) {
        return message;
    }
}
