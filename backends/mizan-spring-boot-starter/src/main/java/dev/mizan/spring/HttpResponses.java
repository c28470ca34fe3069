package dev.mizan.spring;

import dev.mizan.core.cache.CacheReport;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.http.HttpStatuses;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Writes a dispatch result to a servlet response: status, JSON body (streamed when large, with its
 * exact length), {@code Cache-Control: no-store} (no shared cache may keep any answer, cached ones
 * included), the invalidation header the dispatcher already bounded and the origin cache's
 * {@code X-Mizan-Cache}.
 */
public final class HttpResponses {

    private HttpResponses() {}

    public static void write(HttpServletResponse response, DispatchResult result) throws IOException {
        write(response, result, null);
    }

    /** As {@link #write(HttpServletResponse, DispatchResult)}, with another {@code Cache-Control} when not {@code null}. */
    static void write(HttpServletResponse response, DispatchResult result, @Nullable String cacheControl)
            throws IOException {
        response.setStatus(result.error() == null ? 200 : HttpStatuses.of(result.error()));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", cacheControl == null ? "no-store" : cacheControl);
        CacheReport cache = result.cache();
        if (cache != null) {
            response.setHeader("X-Mizan-Cache", cache.status());
            if (!cache.keys().isEmpty()) {
                response.setHeader("X-Mizan-Cache-Keys", cache.keysHeader());
            }
        }
        String invalidate = result.invalidateHeader();
        if (invalidate != null) {
            response.setHeader("X-Mizan-Invalidate", invalidate);
        }
        response.setContentLengthLong(result.answer().length());
        result.answer().writeTo(response.getOutputStream());
    }
}
