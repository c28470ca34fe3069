package dev.mizan.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The one exception type for protocol errors. Its code and message go over the wire in the error
 * envelope; its cause never does (it goes to the log).
 */
public final class MizanException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public MizanException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    public MizanException(ErrorCode code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    public MizanException(ErrorCode code, String message, Map<String, Object> details, @Nullable Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public ErrorCode code() {
        return code;
    }

    /** Structured details for the envelope, in insertion order; for {@code VALIDATION_FAILED}, {@code fields}: path → messages. */
    public Map<String, Object> details() {
        return details;
    }

    /** A business validation failure on named fields, for handlers to throw. */
    public static MizanException validation(Map<String, List<String>> fieldErrors) {
        return new MizanException(
                ErrorCode.VALIDATION_FAILED,
                "Validation failed",
                Map.of("fields", Collections.unmodifiableMap(new TreeMap<>(fieldErrors))));
    }

    /** For a handler that is declared but not implemented yet: {@code NOT_IMPLEMENTED}. */
    public static MizanException notImplemented(String what) {
        return new MizanException(ErrorCode.NOT_IMPLEMENTED, what + " has no implementation yet");
    }
}
