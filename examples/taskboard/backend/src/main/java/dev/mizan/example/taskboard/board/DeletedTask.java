package dev.mizan.example.taskboard.board;

/** What a deletion removed; its {@code projectId} scopes the invalidation to that project. */
public record DeletedTask(long projectId, long taskId) {}
