package dev.mizan.core;

/** The closed set of protocol error codes (MIZAN.md §2). HTTP statuses are mapped by adapters. */
public enum ErrorCode {
    BAD_REQUEST,
    VALIDATION_FAILED,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    PAYLOAD_TOO_LARGE,
    NOT_IMPLEMENTED,
    INTERNAL_ERROR
}
