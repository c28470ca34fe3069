package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where any failure becomes a {@link MizanException}: protocol errors pass through,
 * {@link UnsupportedOperationException} is NOT_IMPLEMENTED, constraint violations are
 * VALIDATION_FAILED, and everything else is INTERNAL_ERROR with the cause logged, never sent.
 */
public final class Failures {

    private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    /** Normalizes a failure that happened while serving {@code where} (a function or context name). */
    public static MizanException normalize(Throwable failure, String where) {
        return normalize(failure, where, FailureTranslator.none(), null);
    }

    /** Normalizes a failure, asking the adapter's translator first about exceptions it knows. */
    public static MizanException normalize(
            Throwable failure, String where, FailureTranslator translator, @Nullable RequestHandle request) {
        if (!(failure instanceof MizanException) && request != null) {
            MizanException translated = translator.translate(failure, request);
            if (translated != null) {
                LOG.debug("'{}' answered {}: {}", where, translated.code(), failure.toString());
                return translated;
            }
        }
        return switch (failure) {
            case MizanException e -> logged(e, where);
            case UnsupportedOperationException e -> {
                LOG.debug("'{}' is not implemented", where, e);
                yield new MizanException(ErrorCode.NOT_IMPLEMENTED, "'" + where + "' is not implemented", Map.of(), e);
            }
            case ConstraintViolationException e -> Violations.toException(e.getConstraintViolations(), "");
            default -> {
                LOG.error("'{}' failed", where, failure);
                yield new MizanException(ErrorCode.INTERNAL_ERROR, "Internal server error", Map.of(), failure);
            }
        };
    }

    private static MizanException logged(MizanException e, String where) {
        if (e.code() == ErrorCode.INTERNAL_ERROR) {
            LOG.error("'{}' failed: {}", where, e.getMessage(), e);
        } else {
            LOG.debug("'{}' answered {}: {}", where, e.code(), e.getMessage());
        }
        return e;
    }
}
