package dev.mizan.core.cache;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where cached answers live. A store never throws: when it cannot answer it reports a miss,
 * stores nothing and shows it in {@link #health()}.
 */
public interface CacheStore extends AutoCloseable {

    /** The stored answer, or {@code null}. */
    byte @Nullable [] get(String key);

    /**
     * The purge generation of a context, read before an answer is computed; {@code -1} when
     * unknown (nothing will be stored).
     */
    long generation(String context);

    /** Stores an answer, unless the context was purged since {@code generation} was read. */
    void put(String key, byte[] value, Duration ttl, CacheTag tag, long generation);

    /** Removes every answer the entry touches (see {@link CacheTag#matches}), on every instance sharing the store. */
    void purge(String context, @Nullable Map<String, String> params, @Nullable String slot);

    CacheHealth health();

    /** Whether every instance reads this same store (a purge on one is seen by all); {@code false} by default. */
    default boolean shared() {
        return false;
    }

    @Override
    void close();
}
