package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Context {@code counter} and its mutation {@code set_counter}, whose answer is merged into the
 * context: the live measure (bench/measures/live.sh) subscribes sockets to one counter and times
 * how long a set takes to reach them. Channel {@code ticker}: clients publish counter values to
 * every socket joined to one counter's instance (the measure's channel fan-out).
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

    /** A counter's ticker: anyone joins and publishes. */
    @Channel(auth = Auth.PUBLIC, clientPublish = true)
    public Counter ticker(long counterId, Counter message) {
        return message;
    }
}
