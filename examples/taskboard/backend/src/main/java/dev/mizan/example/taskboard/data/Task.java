package dev.mizan.example.taskboard.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A task of a project; archived tasks are kept but no longer shown. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private @Nullable Project project;

    @Column(name = "title", nullable = false)
    private String title = "";

    @Column(name = "done", nullable = false)
    private boolean done;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private @Nullable AppUser assignee;

    protected Task() {}

    public Task(Project project, String title, @Nullable AppUser assignee) {
        this.project = project;
        this.title = title;
        this.assignee = assignee;
    }

    public @Nullable Long id() {
        return id;
    }

    /** The id of the task's project (read from the reference, without loading the project). */
    public long projectId() {
        return java.util.Objects.requireNonNull(
                java.util.Objects.requireNonNull(project).id());
    }

    public boolean archived() {
        return archived;
    }

    public void rename(String title) {
        this.title = title;
    }

    public void toggle() {
        this.done = !done;
    }

    public void markDone() {
        this.done = true;
    }
}
