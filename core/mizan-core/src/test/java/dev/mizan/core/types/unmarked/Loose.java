package dev.mizan.core.types.unmarked;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.jspecify.annotations.NonNull;
import org.jspecify.annotations.Nullable;

/** A record in code that declares no nullness: the project-wide setting decides its plain references. */
public record Loose(
        String text,
        int count,
        List<String> items,
        @NonNull String sure,
        @NotBlank String title,
        @NotNull Integer size,
        @NotEmpty List<String> tags,
        @Nullable String note) {}
