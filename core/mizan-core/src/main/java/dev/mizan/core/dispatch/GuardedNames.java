package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.util.Map;

/**
 * The rule that a caller who may not use a guarded name cannot tell it from an unknown one
 * (docs/protocol.md, "Guarded names"). A signed-in caller gets {@code 404 NOT_FOUND} for both; an
 * anonymous caller of an application that has guarded functions gets {@code 401 UNAUTHORIZED}
 * "Sign in to continue" for both, so that an expired session still reads as one. The answers
 * carry only the name the caller sent.
 */
final class GuardedNames {

    private GuardedNames() {}

    /** The answer for an unknown (or hidden) function, context or channel. */
    static MizanException unknown(String kind, String name, boolean anonymousAnswer) {
        if (anonymousAnswer) {
            return new MizanException(ErrorCode.UNAUTHORIZED, "Sign in to continue", Map.of());
        }
        String field = kind.equals("function") || kind.equals("channel") ? kind : "context";
        return new MizanException(ErrorCode.NOT_FOUND, "Unknown " + kind + " '" + name + "'", Map.of(field, name));
    }

    /** Whether an auth check's failure is a refusal (as opposed to a failing predicate). */
    static boolean isRefusal(MizanException e) {
        return e.code() == ErrorCode.UNAUTHORIZED || e.code() == ErrorCode.FORBIDDEN;
    }
}
