package dev.mizan.core.http;

import dev.mizan.core.ErrorCode;

/** The HTTP status of each protocol error code (MIZAN.md §2): mapped here and nowhere else. */
public final class HttpStatuses {

    private HttpStatuses() {}

    public static int of(ErrorCode code) {
        return switch (code) {
            case BAD_REQUEST -> 400;
            case VALIDATION_FAILED -> 422;
            case UNAUTHORIZED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case PAYLOAD_TOO_LARGE -> 413;
            case NOT_IMPLEMENTED -> 501;
            case INTERNAL_ERROR -> 500;
        };
    }
}
