package dev.mizan.core.dispatch;

import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import org.jspecify.annotations.Nullable;

/**
 * Lets an adapter name the protocol error for a framework's own exceptions (a security
 * framework's access-denied exception, say) before anything unknown becomes INTERNAL_ERROR.
 */
@FunctionalInterface
public interface FailureTranslator {

    /** The protocol error for this failure, or {@code null} when the translator does not know it. */
    @Nullable
    MizanException translate(Throwable failure, RequestHandle request);

    /** Knows no exception. */
    static FailureTranslator none() {
        return (failure, request) -> null;
    }
}
