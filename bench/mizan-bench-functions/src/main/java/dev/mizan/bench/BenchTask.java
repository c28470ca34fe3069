package dev.mizan.bench;

import dev.mizan.core.forms.Label;
import dev.mizan.core.forms.MizanForm;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The form the forms measure validates: a few typical constraints (docs/forms.md). */
@MizanForm
public record BenchTask(
        @Label("Title") @NotBlank @Size(min = 3, max = 80) String title,
        @Min(1) @Max(10) int points,
        @Email @Nullable String watcher) {}
