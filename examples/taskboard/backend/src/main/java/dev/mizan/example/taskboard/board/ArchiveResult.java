package dev.mizan.example.taskboard.board;

/** How many finished tasks the staff-only clean-up archived in a project. */
public record ArchiveResult(long projectId, int archived) {}
