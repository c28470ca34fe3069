package dev.mizan.core.live;

import dev.mizan.core.dispatch.InvalidateEntry;
import dev.mizan.core.dispatch.MergeEntry;
import java.util.List;

/**
 * One mutation's effects as the hub numbers and retains them.
 *
 * @param seq the monotonic sequence number (0 until the log appends it)
 * @param invalidate the invalidation entries
 * @param merge the merge entries, values included
 * @param mergeKeys for each merge entry, the mutating caller's permission key for its context:
 *     only sockets with the same key receive the value, the others an invalidate
 */
public record LiveEvent(long seq, List<InvalidateEntry> invalidate, List<MergeEntry> merge, List<String> mergeKeys) {

    public LiveEvent {
        invalidate = List.copyOf(invalidate);
        merge = List.copyOf(merge);
        mergeKeys = List.copyOf(mergeKeys);
        if (merge.size() != mergeKeys.size()) {
            throw new IllegalArgumentException("one permission key per merge entry");
        }
    }

    LiveEvent withSeq(long s) {
        return new LiveEvent(s, invalidate, merge, mergeKeys);
    }
}
