package dev.mizan.jpa;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The test entities: tasks with an assignee (to-one), comments and tags (two to-many). */
final class Board {

    private Board() {}

    enum Status {
        OPEN,
        DONE
    }

    @Entity(name = "Person")
    @Table(name = "person")
    static class Person {
        @Id
        Long id;

        String name;
        String email;
    }

    @Entity(name = "Tag")
    @Table(name = "tag")
    static class Tag {
        @Id
        Long id;

        String label;
    }

    @Entity(name = "Task")
    @Table(
            name = "task",
            indexes = {@Index(columnList = "assignee_id"), @Index(columnList = "parent_id")})
    static class Task {
        @Id
        Long id;

        String title;

        @Enumerated(EnumType.STRING)
        Status status;

        LocalDate due;
        int priority;
        String description;

        @ManyToOne(fetch = FetchType.EAGER)
        Person assignee;

        @OneToMany(mappedBy = "task")
        List<Comment> comments = new ArrayList<>();

        @ManyToMany
        @JoinTable(
                name = "task_tag",
                indexes = @Index(columnList = "task_id"),
                joinColumns = @JoinColumn(name = "task_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        List<Tag> tags = new ArrayList<>();

        @ManyToOne(fetch = FetchType.LAZY)
        Task parent;

        @OneToMany(mappedBy = "parent")
        List<Task> subtasks = new ArrayList<>();
    }

    @Entity(name = "Comment")
    @Table(name = "comment", indexes = @Index(columnList = "task_id"))
    static class Comment {
        @Id
        Long id;

        String body;

        @ManyToOne(fetch = FetchType.EAGER)
        Person author;

        @ManyToOne(fetch = FetchType.LAZY)
        Task task;
    }
}
