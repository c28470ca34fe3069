package dev.mizan.example.taskboard.board;

/** A project as listed in the navigation. */
public record ProjectSummary(long id, String name) {}
