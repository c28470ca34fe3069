package dev.mizan.core.live;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Numbers the events of every instance and retains a window of them for {@code resume}. The
 * in-memory log serves one instance; a shared log (Redis Streams) fans out across instances.
 */
public interface LiveLog extends AutoCloseable {

    /**
     * Starts delivery: {@code deliver} gets every event, this instance's and others', in {@code seq}
     * order; {@code resync} is called when delivery cannot be vouched for (link lost and restored).
     */
    void start(Consumer<LiveEvent> deliver, Runnable resync);

    /** Publishes an event; returns the {@code seq} assigned to it. */
    long append(LiveEvent event);

    /** The latest {@code seq} assigned (a client that saw it has missed nothing). */
    long currentSeq();

    /**
     * The retained events after {@code seq}, oldest first, up to {@link Window#upTo()}; {@code null}
     * when the log cannot vouch that they are all (older than the retention, another incarnation's
     * number, or a link lost).
     */
    @Nullable
    Window since(long seq);

    /** Events after a {@code seq}: every one up to and including {@code upTo}. */
    record Window(List<LiveEvent> events, long upTo) {
        public Window {
            events = List.copyOf(events);
        }
    }

    /** Whether other instances append to this log too (their events are delivered here). */
    default boolean shared() {
        return false;
    }

    @Override
    void close();
}
