package dev.mizan.client;

import org.jspecify.annotations.Nullable;

/** The protocol's closed table of error codes, plus the failures the client itself detects. */
public enum ErrorCode {
    /** 400: malformed envelope or JSON, wrong argument types, unknown params. */
    BAD_REQUEST,
    /** 422: Bean Validation or business validation; see {@link ValidationFailedException#fieldErrors()}. */
    VALIDATION_FAILED,
    /** 401: auth needed, none present (or a bearer token refused). */
    UNAUTHORIZED,
    /** 403: authenticated but not allowed; also a CSRF failure. */
    FORBIDDEN,
    /** 404: unknown function or context. */
    NOT_FOUND,
    /** 413: body or upload over the configured limit. */
    PAYLOAD_TOO_LARGE,
    /** 501: handler declared but not implemented. */
    NOT_IMPLEMENTED,
    /** 500: anything else. */
    INTERNAL_ERROR,
    /** Client side: the request could not be sent or its answer not read (status 0). */
    NETWORK_ERROR,
    /** Client side: the answer is not JSON, not an envelope, or not of the expected type. */
    INVALID_RESPONSE,
    /** Client side: the calling thread was interrupted while waiting (status 0). */
    ABORTED;

    /** The code with this wire name, or {@code null} for a code this client does not know. */
    public static @Nullable ErrorCode fromWire(String code) {
        for (ErrorCode value : values()) {
            if (value.name().equals(code)) {
                return value;
            }
        }
        return null;
    }
}
