package dev.mizan.core.dispatch;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** One merge entry: the mutation's result, to be spliced into {@code slot} of a context instance. */
public record MergeEntry(
        String context,
        String slot,
        JsonNode value,
        @Nullable Map<String, JsonNode> params) {
    public MergeEntry {
        params = params == null ? null : Map.copyOf(params);
    }
}
