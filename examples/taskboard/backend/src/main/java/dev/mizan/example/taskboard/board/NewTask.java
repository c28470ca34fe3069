package dev.mizan.example.taskboard.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The input of a new task, validated on the server; {@code assignee} is a member's username. */
public record NewTask(
        @NotBlank(message = "Give the task a title") @Size(min = 3, max = 80, message = "Use 3 to 80 characters")
        String title,

        @Nullable String assignee) {}
