package dev.mizan.example.taskboard.board;

import dev.mizan.core.forms.Help;
import dev.mizan.core.forms.Label;
import dev.mizan.core.forms.MizanForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The input of a new task, a form (docs/forms.md): the browser checks the title's length as it is
 * typed, the server checks that no open task has it already; {@code assignee} is a member's username.
 * Messages and labels come from {@code ValidationMessages*.properties}, in the browser's language.
 */
@MizanForm
public record NewTask(
        @Label("{task.title.label}")
        @Help("{task.title.help}")
        @NotBlank(message = "{task.title.required}")
        @Size(min = 3, max = 80, message = "{task.title.size}")
        @FreshTitle
        String title,

        @Label("{task.assignee.label}") @Nullable String assignee) {}
