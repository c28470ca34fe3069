package dev.mizan.spring.container;

import dev.mizan.core.MizanException;
import dev.mizan.core.http.HttpStatuses;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.jspecify.annotations.Nullable;

/**
 * Tomcat's error report, as an envelope on the Mizan base path: what Tomcat refuses before any
 * filter runs (malformed framing, oversized headers, encoded slashes, bad {@code Expect}, unknown
 * transfer codings and HTTP versions) answers {@code {"error": …}} instead of an HTML page. A
 * request whose target could not even be parsed gets the envelope too, since it may have been
 * meant for the base path. Elsewhere Tomcat's own report is kept.
 */
public final class EnvelopeErrorReportValve extends ErrorReportValve {

    private final String basePath;

    public EnvelopeErrorReportValve(String basePath) {
        this.basePath = basePath;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        String uri = request.getRequestURI();
        boolean unparsed = uri == null || uri.isEmpty();
        if (!unparsed && !ContainerErrors.underBase(uri, contextPath(request), basePath)) {
            super.report(request, response, throwable);
            return;
        }
        if (!response.setErrorReported()) {
            return;
        }
        MizanException error = ContainerErrors.forStatus(status);
        try {
            response.setStatus(HttpStatuses.of(error.code()));
            response.setContentType("application/json");
            response.setCharacterEncoding("utf-8");
            response.setHeader("Cache-Control", "no-store");
            PrintWriter writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(ContainerErrors.envelope(error), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the response was committed meanwhile: nothing to write.
        }
    }

    private static String contextPath(Request request) {
        String path = request.getContextPath();
        return path == null ? "" : path;
    }
}
