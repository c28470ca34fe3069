package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Context {@code counter} and its mutation {@code set_counter}, whose answer is merged into the
 * context: the live measure (bench/measures/live.sh) subscribes sockets to one counter and times
 * how long a set takes to reach them.
 */
@Component
public class LiveCounter {

    /** A counter's value. */
    public record Counter(long counterId, long value) {}

    private final Map<Long, Counter> counters = new ConcurrentHashMap<>();

    @Client(context = "counter", auth = Auth.PUBLIC)
    public Counter counterValue(long counterId) {
        return counters.getOrDefault(counterId, new Counter(counterId, 0));
    }

    @Client(merge = "counter", auth = Auth.PUBLIC)
    public Counter setCounter(long counterId, long value) {
        Counter c = new Counter(counterId, value);
        counters.put(counterId, c);
        return c;
    }
}
