package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapePath;
import dev.mizan.example.taskboard.data.Task;
import org.jspecify.annotations.Nullable;

/** One task on the board; {@code assignee} is a username, or null when nobody is assigned. */
@Shape(Task.class)
public record TaskDto(
        long id,
        String title,
        boolean done,
        @ShapePath("assignee.username") @Nullable String assignee) {}
