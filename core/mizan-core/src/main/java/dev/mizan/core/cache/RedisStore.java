package dev.mizan.core.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.TrackingArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.push.PushMessage;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Redis store (Lettuce), shared by every instance: answers under {@code mizan:cache:v:KEY}
 * with their TTL, an index hash per context ({@code mizan:cache:i:CONTEXT}: key → tag) that
 * purges read, and a purge generation per context ({@code mizan:cache:g:CONTEXT}) checked
 * atomically when storing. Any Redis failure bypasses the cache; a purge that failed leaves the
 * store dirty, and it is emptied of Mizan's keys before it is used again.
 *
 * <p>A near cache ({@link CacheSettings#redisNearTtl()}, bounded like the memory store) keeps the
 * answers this instance read in its own memory, so a hit costs no round trip. Redis tracks the keys
 * the connection read (server-assisted client-side caching, {@code CLIENT TRACKING} over RESP3) and
 * pushes an invalidation when one changes, is deleted by any instance's purge, or expires; the entry
 * is dropped on arrival. A read answered while an invalidation arrived, or across a reconnect (when
 * tracking is lost until it is turned on again), is not kept: an entry is put first and removed again
 * when the invalidation count moved meanwhile. A disconnect empties the near cache; an entry lives at
 * most {@code redisNearTtl} beyond its answer's Redis TTL.
 */
final class RedisStore implements CacheStore {

    private static final Logger LOG = LoggerFactory.getLogger(RedisStore.class);
    private static final String PREFIX = "mizan:cache:";
    private static final String PUT = """
            if (redis.call('GET', KEYS[3]) or '0') ~= ARGV[3] then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            redis.call('HSET', KEYS[2], ARGV[4], ARGV[5])
            if redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
            return 1
            """;

    private final RedisClient client;
    private final String url;
    private final TagCodec tags = new TagCodec();
    private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile boolean dirty;
    private volatile @Nullable String lastError;
    /** Answers read from Redis, kept while Redis tracks their keys for this connection; null when off. */
    private final @Nullable Cache<String, byte[]> near;
    /** Moves on every invalidation and disconnect: a read that saw it move keeps nothing near. */
    private final AtomicLong invalidations = new AtomicLong();
    /** Whether the current connection has tracking on; a (re)connect turns it off until {@link #commands()} turns it on. */
    private volatile boolean tracking;

    RedisStore(CacheSettings settings) {
        this.near = settings.redisNearTtl().isZero() ? null : nearCache(settings);
        this.url = settings.redisUrl();
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(settings.redisTimeout());
        this.client = RedisClient.create(
                DefaultClientResources.builder()
                        .reconnectDelay(Delay.exponential(
                                Duration.ofMillis(100),
                                Duration.ofSeconds(2),
                                2,
                                java.util.concurrent.TimeUnit.MILLISECONDS))
                        .build(),
                uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(settings.redisTimeout()))
                .build());
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> connection, java.net.SocketAddress address) {
                dropNear();
            }

            @Override
            public void onRedisDisconnected(RedisChannelHandler<?, ?> connection) {
                dropNear();
            }
        });
        connect();
    }

    private static Cache<String, byte[]> nearCache(CacheSettings settings) {
        long floor = Math.max(1, settings.maxBytes() / settings.maxEntries());
        return Caffeine.newBuilder()
                .maximumWeight(settings.maxBytes())
                .weigher((String key, byte[] value) ->
                        (int) Math.min(Integer.MAX_VALUE, Math.max(floor, value.length + 2L * key.length() + 64)))
                .expireAfterWrite(settings.redisNearTtl())
                .build();
    }

    /** Tracking is lost (or not yet on) for the connection: forget every near answer. */
    private void dropNear() {
        tracking = false;
        invalidations.incrementAndGet();
        if (near != null) {
            near.invalidateAll();
        }
    }

    /** Redis says keys this connection read changed (or, with null keys, that it flushed). */
    private void onPush(PushMessage message) {
        if (near == null || !"invalidate".equals(message.getType())) {
            return;
        }
        invalidations.incrementAndGet();
        List<Object> content =
                message.getContent(b -> StandardCharsets.UTF_8.decode(b).toString());
        if (content.size() < 2 || !(content.get(1) instanceof List<?> keys)) {
            near.invalidateAll();
            return;
        }
        for (Object k : keys) {
            String key = String.valueOf(k);
            if (key.startsWith(PREFIX + "v:")) {
                near.invalidate(key.substring(PREFIX.length() + 2));
            }
        }
    }

    private @Nullable RedisCommands<String, byte[]> commands() {
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c == null) {
            c = connect();
        }
        if (c == null || !c.isOpen()) {
            return null;
        }
        RedisCommands<String, byte[]> sync = c.sync();
        if (dirty && !flush(sync)) {
            return null;
        }
        if (near != null && !tracking) {
            startTracking(sync);
        }
        return sync;
    }

    private synchronized void startTracking(RedisCommands<String, byte[]> sync) {
        if (tracking) {
            return;
        }
        try {
            // Every key this connection reads is tracked; pushes for generations and indexes only
            // move the invalidation count (keeping nothing near for a read that overlapped them).
            sync.clientTracking(new TrackingArgs().enabled(true));
            tracking = true;
        } catch (RedisException e) {
            down("cannot turn on key tracking; the near cache is off until it can", e);
        }
    }

    private synchronized @Nullable StatefulRedisConnection<String, byte[]> connect() {
        if (connection != null) {
            return connection;
        }
        try {
            StatefulRedisConnection<String, byte[]> c =
                    client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            c.addListener(this::onPush);
            connection = c;
            LOG.info("Mizan origin cache on Redis {}", RedisURI.create(url).toString());
            lastError = null;
        } catch (RedisException e) {
            down("cannot connect", e);
        }
        return connection;
    }

    @Override
    public byte @Nullable [] get(String key) {
        if (near != null && !dirty) {
            byte[] kept = near.getIfPresent(key);
            if (kept != null) {
                return kept;
            }
        }
        RedisCommands<String, byte[]> redis = commands();
        if (redis == null) {
            return null;
        }
        try {
            long seen = invalidations.get();
            boolean keep = near != null && tracking;
            byte[] value = redis.get(PREFIX + "v:" + key);
            lastError = null;
            if (keep && value != null) {
                near.put(key, value);
                if (invalidations.get() != seen || !tracking) {
                    near.asMap().remove(key, value);
                }
            }
            return value;
        } catch (RedisException e) {
            down("read failed", e);
            return null;
        }
    }

    @Override
    public long generation(String context) {
        RedisCommands<String, byte[]> redis = commands();
        if (redis == null) {
            return -1;
        }
        try {
            byte[] g = redis.get(PREFIX + "g:" + context);
            return g == null ? 0 : Long.parseLong(new String(g, StandardCharsets.US_ASCII));
        } catch (RedisException e) {
            down("read failed", e);
            return -1;
        }
    }

    @Override
    public void put(String key, byte[] value, Duration ttl, CacheTag tag, long generation) {
        RedisCommands<String, byte[]> redis = generation < 0 ? null : commands();
        if (redis == null) {
            return;
        }
        try {
            redis.eval(
                    PUT,
                    ScriptOutputType.INTEGER,
                    new String[] {PREFIX + "v:" + key, PREFIX + "i:" + tag.context(), PREFIX + "g:" + tag.context()},
                    value,
                    ascii(Long.toString(ttl.toMillis())),
                    ascii(Long.toString(generation)),
                    ascii(key),
                    tags.write(tag));
        } catch (RedisException e) {
            down("write failed", e);
        }
    }

    @Override
    public void purge(String context, @Nullable Map<String, String> params, @Nullable String slot) {
        RedisCommands<String, byte[]> redis = commands();
        if (redis == null) {
            dirty = true;
            dropNear();
            return;
        }
        try {
            redis.incr(PREFIX + "g:" + context);
            String indexKey = PREFIX + "i:" + context;
            Map<String, byte[]> entries = redis.hgetall(indexKey);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                CacheTag tag = tags.read(context, e.getValue());
                if (tag == null || tag.matches(context, params, slot)) {
                    redis.del(PREFIX + "v:" + e.getKey());
                    redis.hdel(indexKey, e.getKey());
                    if (near != null) {
                        // Redis pushes this to every tracking instance; here it must not wait for the push.
                        invalidations.incrementAndGet();
                        near.invalidate(e.getKey());
                    }
                }
            }
        } catch (RedisException e) {
            dirty = true;
            dropNear();
            down("purge failed; the cache is bypassed until Redis is back and emptied", e);
        }
    }

    /** Deletes every Mizan cache key; true when done (the store is clean again). */
    private boolean flush(RedisCommands<String, byte[]> redis) {
        try {
            ScanCursor cursor = ScanCursor.INITIAL;
            do {
                KeyScanCursor<String> page = redis.scan(
                        cursor, ScanArgs.Builder.matches(PREFIX + "*").limit(500));
                if (!page.getKeys().isEmpty()) {
                    redis.del(page.getKeys().toArray(String[]::new));
                }
                cursor = page;
            } while (!cursor.isFinished());
            dirty = false;
            LOG.info("Mizan origin cache: Redis is back, emptied after a missed purge");
            return true;
        } catch (RedisException e) {
            down("flush after a missed purge failed", e);
            return false;
        }
    }

    private void down(String what, RuntimeException e) {
        String message = what + ": " + e.getMessage();
        if (!message.equals(lastError)) {
            LOG.warn("Mizan origin cache on Redis bypassed, {}", message);
        }
        lastError = message;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public CacheHealth health() {
        StatefulRedisConnection<String, byte[]> c = connection;
        boolean open = c != null && c.isOpen();
        String error = lastError;
        if (!open) {
            return new CacheHealth("redis", false, "not connected" + (error == null ? "" : " (" + error + ")"));
        }
        if (dirty) {
            return new CacheHealth("redis", false, "a purge was missed; emptying before use");
        }
        return new CacheHealth("redis", error == null, error == null ? "connected" : error);
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, byte[]> c = connection;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
}
