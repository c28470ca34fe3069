package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.cache.CacheReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one dispatch, ready for a transport: the answer body (success or error envelope,
 * of known length), the error code when it failed (the adapter maps it to a status), the
 * invalidation and merge entries, the {@code X-Mizan-Invalidate} value, already bounded, and for a
 * context bundle that used the origin cache, how ({@code X-Mizan-Cache}).
 *
 * @param error the error code, or {@code null} on success
 * @param answer the body to write
 * @param invalidate the invalidation entries of a mutation (also on a committed mutation whose
 *     answer was refused as too large)
 * @param merge the merge entries of a mutation
 * @param invalidateHeader the {@code X-Mizan-Invalidate} value, or {@code null} for none
 * @param cache how the origin cache served a context bundle, or {@code null}
 */
public record DispatchResult(
        @Nullable ErrorCode error,
        AnswerBody answer,
        List<InvalidateEntry> invalidate,
        List<MergeEntry> merge,
        @Nullable String invalidateHeader,
        @Nullable CacheReport cache) {

    public DispatchResult {
        invalidate = List.copyOf(invalidate);
        merge = List.copyOf(merge);
    }

    /** A result held in memory that did not use the origin cache, its header bounded by the default limit. */
    public DispatchResult(
            @Nullable ErrorCode error, byte[] body, List<InvalidateEntry> invalidate, List<MergeEntry> merge) {
        this(
                error,
                AnswerBody.of(body),
                invalidate,
                merge,
                InvalidateHeader.bounded(invalidate, DispatchPolicy.DEFAULT_INVALIDATE_HEADER_LIMIT),
                null);
    }

    static DispatchResult failure(ErrorCode code, byte[] envelope) {
        return new DispatchResult(code, AnswerBody.of(envelope), List.of(), List.of(), null, null);
    }

    public boolean ok() {
        return error == null;
    }

    /** The body as bytes (a streamed answer is materialized; transports use {@link #answer()}). */
    public byte[] body() {
        return answer.bytes();
    }
}
