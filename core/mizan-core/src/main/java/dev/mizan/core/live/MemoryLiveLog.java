package dev.mizan.core.live;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The log of a single instance: numbers events consecutively and retains the last {@code
 * retained} of them. Numbers start at the start time in milliseconds × 1000, so that a number from
 * a previous run (always lower) is recognised and answered with {@code resync}.
 */
public final class MemoryLiveLog implements LiveLog {

    private final int retained;
    private final long floor;
    private final ArrayDeque<LiveEvent> window = new ArrayDeque<>();
    private long last;
    private Consumer<LiveEvent> deliver = e -> {};

    public MemoryLiveLog(int retained) {
        if (retained < 1) {
            throw new IllegalArgumentException("retain at least one event");
        }
        this.retained = retained;
        this.floor = System.currentTimeMillis() * 1000;
        this.last = floor;
    }

    @Override
    public synchronized void start(Consumer<LiveEvent> deliver, Runnable resync) {
        this.deliver = deliver;
    }

    @Override
    public synchronized long append(LiveEvent event) {
        LiveEvent numbered = event.withSeq(++last);
        window.addLast(numbered);
        if (window.size() > retained) {
            window.removeFirst();
        }
        deliver.accept(numbered);
        return numbered.seq();
    }

    @Override
    public synchronized long currentSeq() {
        return last;
    }

    @Override
    public synchronized @Nullable Window since(long seq) {
        if (seq < floor || seq > last) {
            return null;
        }
        long oldest = window.isEmpty() ? last + 1 : window.peekFirst().seq();
        if (seq + 1 < oldest) {
            return null;
        }
        List<LiveEvent> out = new ArrayList<>();
        for (LiveEvent e : window) {
            if (e.seq() > seq) {
                out.add(e);
            }
        }
        return new Window(out, last);
    }

    @Override
    public void close() {}
}
