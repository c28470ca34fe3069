package dev.mizan.example.taskboard.board;

/** A project's own details. */
public record ProjectDto(long id, String name, String description) {}
