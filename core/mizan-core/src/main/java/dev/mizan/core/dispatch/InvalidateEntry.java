package dev.mizan.core.dispatch;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One invalidation entry (MIZAN.md §2): a whole context, one instance of it ({@code params}), and
 * optionally one member ({@code slot}).
 */
public record InvalidateEntry(
        String context,
        @Nullable Map<String, JsonNode> params,
        @Nullable String slot) {
    public InvalidateEntry {
        params = params == null ? null : Map.copyOf(params);
    }
}
