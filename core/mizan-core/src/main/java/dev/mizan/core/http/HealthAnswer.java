package dev.mizan.core.http;

import dev.mizan.core.cache.CacheHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code GET {base}/health/}: {@code {"status": "UP"|"DEGRADED", "cache": {…}}}, always
 * answered 200 (a bypassed origin cache degrades the service, it does not fail it).
 */
public final class HealthAnswer {

    private HealthAnswer() {}

    /** The JSON body for the origin cache's health ({@code null}: no origin cache). */
    public static byte[] body(JsonMapper mapper, @Nullable CacheHealth cache) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", cache == null || cache.up() ? "UP" : "DEGRADED");
        if (cache != null) {
            body.put("cache", Map.of("backend", cache.backend(), "up", cache.up(), "detail", cache.detail()));
        }
        return mapper.writeValueAsBytes(body);
    }
}
