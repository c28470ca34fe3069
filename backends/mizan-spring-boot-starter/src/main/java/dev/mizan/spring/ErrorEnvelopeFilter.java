package dev.mizan.spring;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs around everything on the Mizan path, security filters included: a framework-level refusal
 * that ends in {@code sendError} (an HTTP Basic entry point, a container limit, any filter) is
 * answered with the protocol's error envelope instead of the application's error page.
 */
final class ErrorEnvelopeFilter implements Filter {

    private final MizanRuntime runtime;

    ErrorEnvelopeFilter(MizanRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (response instanceof HttpServletResponse http) {
            chain.doFilter(request, new EnvelopeOnError(http, runtime));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The protocol code for an HTTP status some framework chose. */
    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 422 -> ErrorCode.VALIDATION_FAILED;
            case 501 -> ErrorCode.NOT_IMPLEMENTED;
            default -> status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }

    private static String messageFor(ErrorCode code) {
        return switch (code) {
            case UNAUTHORIZED -> "Authentication failed";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Not found";
            case PAYLOAD_TOO_LARGE -> "Request too large";
            case VALIDATION_FAILED -> "Validation failed";
            case NOT_IMPLEMENTED -> "Not implemented by this server";
            case BAD_REQUEST -> "Bad request";
            case INTERNAL_ERROR -> "Internal error";
        };
    }

    private static final class EnvelopeOnError extends HttpServletResponseWrapper {

        private final MizanRuntime runtime;

        EnvelopeOnError(HttpServletResponse response, MizanRuntime runtime) {
            super(response);
            this.runtime = runtime;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, @Nullable String ignoredMessage) throws IOException {
            if (isCommitted()) {
                super.sendError(status, ignoredMessage);
                return;
            }
            resetBuffer();
            ErrorCode code = codeFor(status);
            HttpResponses.write(
                    (HttpServletResponse) getResponse(),
                    runtime.dispatcher().failure(new MizanException(code, messageFor(code), Map.of())));
            flushBuffer();
        }
    }
}
