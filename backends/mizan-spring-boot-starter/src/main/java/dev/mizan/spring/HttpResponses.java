package dev.mizan.spring;

import dev.mizan.core.dispatch.DispatchResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Writes a dispatch result to a servlet response: status, JSON body, no-store, invalidation header. */
public final class HttpResponses {

    private HttpResponses() {}

    public static void write(HttpServletResponse response, DispatchResult result) throws IOException {
        response.setStatus(result.error() == null ? 200 : HttpStatuses.of(result.error()));
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        String invalidate = result.invalidateHeader();
        if (invalidate != null) {
            response.setHeader("X-Mizan-Invalidate", invalidate);
        }
        response.setContentLength(result.body().length);
        response.getOutputStream().write(result.body());
    }
}
