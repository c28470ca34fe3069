package dev.mizan.core.cache;

import dev.mizan.core.PermissionKey;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The origin cache of one application instance (MIZAN.md §5): derives keys, reads and fills the
 * store, computes concurrent misses of one key once, and purges by invalidation entries. The
 * dispatcher calls it after auth; adapters only turn its {@link CacheReport} into headers.
 */
public final class OriginCache implements AutoCloseable {

    /** One cached member's answer to find or compute. */
    public record Request(
            String context, String member, ObjectNode params, int rev, PermissionKey perm, Duration ttl) {}

    /** Computes the answer (the member's JSON) on a miss. */
    @FunctionalInterface
    public interface Computation {
        byte[] compute() throws Throwable;
    }

    /** An answer and how it was found. */
    public record Answer(byte[] json, boolean hit, String key) {}

    private final CacheKeys current;
    private final @Nullable CacheKeys previous;
    private final CacheStore store;
    private final boolean reportKeys;
    private final Map<String, CompletableFuture<byte[]>> inflight = new ConcurrentHashMap<>();

    public OriginCache(CacheSettings settings, CacheStore store) {
        this.current = new CacheKeys(settings.secret());
        this.previous = settings.previousSecret() == null ? null : new CacheKeys(settings.previousSecret());
        this.store = store;
        this.reportKeys = settings.reportKeys();
    }

    /** The cache with the store the settings ask for: Redis when a URL is set, else in memory. */
    public static OriginCache create(CacheSettings settings) {
        CacheStore store = settings.redisUrl() == null ? new MemoryStore(settings) : new RedisStore(settings);
        return new OriginCache(settings, store);
    }

    /** An in-memory store (Caffeine) under these settings' bounds. */
    public static CacheStore memoryStore(CacheSettings settings) {
        return new MemoryStore(settings);
    }

    /** Whether every instance reads the same store, so that one instance's purge serves them all. */
    public boolean shared() {
        return store.shared();
    }

    /** Whether answers report their keys (debug, fixtures only). */
    public boolean reportsKeys() {
        return reportKeys;
    }

    /** The stored answer, else the computed one (computed once per key however many ask at once). */
    public Answer fetch(Request request, Computation computation) throws Throwable {
        String canonical = CacheKeys.canonicalInput(
                CacheKeys.Kind.FN, request.member(), request.params(), request.rev(), request.perm());
        String key = current.hmac(canonical);
        byte[] stored = store.get(key);
        if (stored == null && previous != null) {
            stored = store.get(previous.hmac(canonical));
        }
        if (stored != null) {
            return new Answer(stored, true, key);
        }
        CompletableFuture<byte[]> mine = new CompletableFuture<>();
        CompletableFuture<byte[]> running = inflight.putIfAbsent(key, mine);
        if (running != null) {
            try {
                return new Answer(running.join(), false, key);
            } catch (CompletionException e) {
                throw e.getCause();
            }
        }
        try {
            long generation = store.generation(request.context());
            byte[] computed = computation.compute();
            store.put(key, computed, request.ttl(), tag(request), generation);
            mine.complete(computed);
            return new Answer(computed, false, key);
        } catch (Throwable t) {
            mine.completeExceptionally(t);
            throw t;
        } finally {
            inflight.remove(key, mine);
        }
    }

    /** Removes what an invalidation or merge entry touches: a context, one instance ({@code params}), one member ({@code slot}). */
    public void purge(String context, @Nullable Map<String, JsonNode> params, @Nullable String slot) {
        store.purge(context, params == null ? null : canonical(params), slot);
    }

    private static CacheTag tag(Request request) {
        Map<String, String> params = new TreeMap<>();
        request.params().properties().forEach(p -> params.put(p.getKey(), Jcs.canonicalize(p.getValue())));
        return new CacheTag(request.context(), request.member(), params);
    }

    private static Map<String, String> canonical(Map<String, JsonNode> params) {
        Map<String, String> out = new TreeMap<>();
        params.forEach((k, v) -> out.put(k, Jcs.canonicalize(v)));
        return out;
    }

    public CacheHealth health() {
        return store.health();
    }

    @Override
    public void close() {
        store.close();
    }
}
