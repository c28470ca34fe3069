package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * Contexts {@code cached} and {@code uncached}: one member each that costs {@link #WORK} (standing
 * in for a query), the first kept in the origin cache, the second computed on every fetch.
 */
@Component
public class CacheContexts {

    /** What one computation of either member costs. */
    public static final Duration WORK = Duration.ofMillis(5);

    @Client(context = "cached", auth = Auth.PUBLIC, cache = @Cached(ttl = "5m"))
    public Item cachedItem(long id) throws InterruptedException {
        return work("cached", id);
    }

    @Client(context = "uncached", auth = Auth.PUBLIC)
    public Item uncachedItem(long id) throws InterruptedException {
        return work("uncached", id);
    }

    private static Item work(String name, long id) throws InterruptedException {
        Thread.sleep(WORK);
        return new Item(name, (int) id);
    }
}
