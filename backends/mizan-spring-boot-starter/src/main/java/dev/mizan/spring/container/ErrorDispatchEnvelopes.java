package dev.mizan.spring.container;

import dev.mizan.core.MizanException;
import dev.mizan.core.http.HttpStatuses;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Runs on the container's error dispatch (the application's error page, Spring Boot's
 * {@code /error}): when the failed request was on the Mizan base path, the answer is the envelope
 * for its status instead of the error page. This covers refusals outside Mizan's own filter
 * (a TRACE, a query string the container cannot decode, an exception in an earlier filter).
 */
public final class ErrorDispatchEnvelopes implements Filter {

    private final String basePath;

    public ErrorDispatchEnvelopes(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request instanceof HttpServletRequest http
                && response instanceof HttpServletResponse out
                && uri instanceof String failed
                && ContainerErrors.underBase(failed, http.getContextPath(), basePath)
                && !out.isCommitted()) {
            Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            MizanException error = ContainerErrors.forStatus(status instanceof Integer s ? s : 500);
            byte[] body = ContainerErrors.envelope(error);
            out.resetBuffer();
            out.setStatus(HttpStatuses.of(error.code()));
            out.setContentType("application/json");
            out.setHeader("Cache-Control", "no-store");
            out.setContentLength(body.length);
            out.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }
}
