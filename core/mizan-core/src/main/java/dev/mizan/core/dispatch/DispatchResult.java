package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.cache.CacheReport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one dispatch, ready for a transport: the JSON body (success or error envelope),
 * the error code when it failed (the adapter maps it to a status), and the invalidation entries
 * that also travel in the {@code X-Mizan-Invalidate} header; for a context bundle that used the
 * origin cache, how ({@code X-Mizan-Cache}).
 */
public record DispatchResult(
        @Nullable ErrorCode error,
        byte[] body,
        List<InvalidateEntry> invalidate,
        List<MergeEntry> merge,
        @Nullable CacheReport cache) {

    public DispatchResult {
        invalidate = List.copyOf(invalidate);
        merge = List.copyOf(merge);
    }

    /** A result that did not use the origin cache. */
    public DispatchResult(
            @Nullable ErrorCode error, byte[] body, List<InvalidateEntry> invalidate, List<MergeEntry> merge) {
        this(error, body, invalidate, merge, null);
    }

    static DispatchResult failure(ErrorCode code, byte[] envelope) {
        return new DispatchResult(code, envelope, List.of(), List.of());
    }

    public boolean ok() {
        return error == null;
    }

    /** The {@code X-Mizan-Invalidate} header value, or {@code null} when nothing is invalidated. */
    public @Nullable String invalidateHeader() {
        return invalidate.isEmpty() ? null : InvalidateHeader.format(invalidate);
    }
}
