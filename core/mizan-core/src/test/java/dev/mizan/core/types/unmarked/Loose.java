package dev.mizan.core.types.unmarked;

import java.util.List;
import org.jspecify.annotations.NonNull;

/** A record in code that is not null-marked: references may be null unless annotated. */
public record Loose(
        String text, int count, List<String> items, @NonNull String sure) {}
