package dev.mizan.client;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One invalidation a call answer announced (body {@code invalidate} or the
 * {@code X-Mizan-Invalidate} header): every cached instance of {@code context}, or only those
 * whose params match {@code params}.
 *
 * @param context the context name
 * @param params the instance's params (values as on the wire), or {@code null} for every instance
 * @param slot the single member named by {@code affects}, or {@code null}; the whole instance is
 *     stale either way, since a context is fetched as one bundle
 */
public record InvalidateEntry(
        String context,
        @Nullable Map<String, JsonNode> params,
        @Nullable String slot) {

    public InvalidateEntry {
        params = params == null ? null : Map.copyOf(params);
    }
}
