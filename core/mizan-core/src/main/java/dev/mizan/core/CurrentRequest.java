package dev.mizan.core;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The request being dispatched, for code that runs inside a call but is not handed its parameters:
 * above all Bean Validation constraint validators, whose rule may depend on the caller ("no open task
 * in a project the caller can see has this title"). The dispatcher sets it on its own thread around
 * binding, validation, the handler and its effects, for every function call (JSON, multipart, over
 * the socket), form check ({@code NAME.validate}) and context fetch; elsewhere it is absent. A
 * function itself should take a {@link RequestHandle} parameter instead.
 */
public final class CurrentRequest {

    private static final ThreadLocal<@Nullable RequestHandle> CURRENT = new ThreadLocal<>();

    private CurrentRequest() {}

    /** The request being dispatched on this thread, or {@code null} outside a dispatch. */
    public static @Nullable RequestHandle get() {
        return CURRENT.get();
    }

    /** The caller of the request being dispatched, or {@code null} when anonymous or outside a dispatch. */
    public static @Nullable MizanUser user() {
        RequestHandle request = CURRENT.get();
        return request == null ? null : request.user();
    }

    /** Runs {@code work} with {@code request} as the current request (for adapters and the dispatcher). */
    public static <T> T with(RequestHandle request, Supplier<T> work) {
        RequestHandle outer = CURRENT.get();
        CURRENT.set(request);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }
}
