package dev.mizan.example.taskboard.board;

import org.jspecify.annotations.Nullable;

/** One task on the board; {@code assignee} is a username, or null when nobody is assigned. */
public record TaskDto(
        long id, String title, boolean done, @Nullable String assignee) {}
