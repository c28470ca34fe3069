package dev.mizan.core.live;

import dev.mizan.core.dispatch.ChannelMessage;
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
 * @param channel channel messages, for the sockets joined to their channel instance
 */
public record LiveEvent(
        long seq,
        List<InvalidateEntry> invalidate,
        List<MergeEntry> merge,
        List<String> mergeKeys,
        List<ChannelMessage> channel) {

    public LiveEvent {
        invalidate = List.copyOf(invalidate);
        merge = List.copyOf(merge);
        mergeKeys = List.copyOf(mergeKeys);
        channel = List.copyOf(channel);
        if (merge.size() != mergeKeys.size()) {
            throw new IllegalArgumentException("one permission key per merge entry");
        }
    }

    /** A mutation's effects, without channel messages. */
    public LiveEvent(long seq, List<InvalidateEntry> invalidate, List<MergeEntry> merge, List<String> mergeKeys) {
        this(seq, invalidate, merge, mergeKeys, List.of());
    }

    /** One channel message. */
    public static LiveEvent of(ChannelMessage message) {
        return new LiveEvent(0, List.of(), List.of(), List.of(), List.of(message));
    }

    LiveEvent withSeq(long s) {
        return new LiveEvent(s, invalidate, merge, mergeKeys, channel);
    }
}
