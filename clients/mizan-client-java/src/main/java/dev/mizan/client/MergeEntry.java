package dev.mizan.client;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One merge a call answer carried: {@code value} replaces the {@code slot} member of the matching
 * cached instances of {@code context}, with no request.
 *
 * @param context the context name
 * @param slot the member whose value is replaced
 * @param value the new value, as JSON
 * @param params the instance's params, or {@code null} for every instance
 */
public record MergeEntry(
        String context,
        String slot,
        JsonNode value,
        @Nullable Map<String, JsonNode> params) {

    public MergeEntry {
        params = params == null ? null : Map.copyOf(params);
    }
}
