package dev.mizan.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory store (Caffeine): per-entry TTL, bounded by bytes and by entries (each entry
 * weighs at least {@code maxBytes / maxEntries}, so the byte bound also bounds the count). An
 * index per context finds the answers an invalidation entry touches without scanning the cache.
 */
final class MemoryStore implements CacheStore {

    private record Stored(byte[] value, CacheTag tag, long ttlNanos) {}

    private static final int OVERHEAD = 256;

    private final Cache<String, Stored> cache;
    private final Map<String, Map<String, Stored>> index = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> generations = new ConcurrentHashMap<>();

    MemoryStore(CacheSettings settings) {
        long floor = Math.max(1, settings.maxBytes() / settings.maxEntries());
        this.cache = Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String key, Stored s) -> (int)
                        Math.min(Integer.MAX_VALUE, Math.max(floor, s.value().length + 2L * key.length() + OVERHEAD)))
                .expireAfter(Expiry.creating((String key, Stored s) -> Duration.ofNanos(s.ttlNanos())))
                // Evicted or expired: drop it from the index unless a newer answer already replaced it.
                .evictionListener((String key, Stored s, com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                    if (key != null && s != null) {
                        contextIndex(s.tag().context()).remove(key, s);
                    }
                })
                .build();
    }

    @Override
    public byte @Nullable [] get(String key) {
        Stored s = cache.getIfPresent(key);
        return s == null ? null : s.value();
    }

    @Override
    public long generation(String context) {
        return generations.computeIfAbsent(context, c -> new AtomicLong()).get();
    }

    @Override
    public void put(String key, byte[] value, Duration ttl, CacheTag tag, long generation) {
        Stored stored = new Stored(value, tag, ttl.toNanos());
        Map<String, Stored> contextIndex = contextIndex(tag.context());
        contextIndex.put(key, stored);
        cache.put(key, stored);
        if (generation(tag.context()) != generation) {
            // Purged while this answer was computed: it may be stale.
            cache.asMap().remove(key, stored);
            contextIndex.remove(key, stored);
        }
    }

    @Override
    public void purge(String context, @Nullable Map<String, String> params, @Nullable String slot) {
        generations.computeIfAbsent(context, c -> new AtomicLong()).incrementAndGet();
        Map<String, Stored> contextIndex = contextIndex(context);
        contextIndex.forEach((key, stored) -> {
            if (stored.tag().matches(context, params, slot)) {
                cache.asMap().remove(key, stored);
                contextIndex.remove(key, stored);
            }
        });
    }

    private Map<String, Stored> contextIndex(String context) {
        return index.computeIfAbsent(context, c -> new ConcurrentHashMap<>());
    }

    /** Entries held now (after pending maintenance). */
    long size() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    @Override
    public CacheHealth health() {
        return new CacheHealth("memory", true, cache.estimatedSize() + " entries");
    }

    @Override
    public void close() {
        cache.invalidateAll();
        index.clear();
    }
}
