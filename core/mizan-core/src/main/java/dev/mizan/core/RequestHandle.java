package dev.mizan.core;

import org.jspecify.annotations.Nullable;

/**
 * The current request, as a server function may receive it: a parameter of this type is injected
 * by the adapter and is not part of the function's input.
 */
public interface RequestHandle {

    /** The authenticated user, or {@code null} for an anonymous request. */
    @Nullable
    MizanUser user();

    /** First value of a request header, or {@code null}. */
    @Nullable
    String header(String name);

    /** The client's network address (for per-address limits), or {@code null} when the transport has none. */
    default @Nullable String remoteAddress() {
        return null;
    }

    /** The framework's own request object of the given type, or {@code null} when there is none. */
    <T> @Nullable T unwrap(Class<T> type);
}
