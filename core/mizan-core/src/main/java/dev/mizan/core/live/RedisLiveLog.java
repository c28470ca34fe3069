package dev.mizan.core.live;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log shared by every instance: a Redis stream (Lettuce). Each event is one stream entry whose
 * id is {@code SEQ-0}, appended by a script that numbers it (the Redis server's clock in
 * microseconds, or one more than the last number when that is not higher), records the previous
 * number in the entry ({@code p}) and trims the stream to about {@code retained} entries ({@code
 * MAXLEN ~}). Every instance reads the stream from the last number it delivered ({@code XREAD
 * BLOCK}), so every instance delivers every event, in the same order and with the same numbers,
 * and a client's {@code resume} works on any instance.
 *
 * <p>Delivery is never silently incomplete: an entry whose {@code p} is not the last number
 * delivered (a gap: Redis restarted empty, or trimmed past this reader), a lost and restored link,
 * and an append that failed each end in {@code resync}. A failed append also leaves a marker
 * entry ({@code r}) once Redis answers again, so that the other instances resync their sockets too.
 */
public final class RedisLiveLog implements LiveLog {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLiveLog.class);

    /** KEYS: stream, last number. ARGV: field, payload, retained. Returns the new number as text. */
    private static final String APPEND = """
            local last = tonumber(redis.call('GET', KEYS[2]) or '0')
            local t = redis.call('TIME')
            local seq = tonumber(t[1]) * 1000000 + tonumber(t[2])
            if seq <= last then seq = last + 1 end
            local s = string.format('%.0f', seq)
            redis.call('SET', KEYS[2], s)
            redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[3], s .. '-0', 'p', string.format('%.0f', last), ARGV[1], ARGV[2])
            return s
            """;

    private static final Duration BLOCK = Duration.ofMillis(1000);

    private final RedisClient client;
    private final ClientResources resources;
    private final String stream;
    private final String lastKey;
    private final int retained;
    private final LiveEventCodec codec;
    private final Object connectLock = new Object();
    private volatile @Nullable StatefulRedisConnection<String, String> writer;
    private volatile long delivered;
    private volatile boolean owedMarker;
    private volatile boolean running = true;
    private @Nullable Thread reader;
    private Consumer<LiveEvent> deliver = e -> {};
    private Runnable resync = () -> {};

    /**
     * @param url {@code redis://host:port[/db]}
     * @param key the stream's key; instances of one application share it ({@code KEY:last} holds
     *     the last number)
     * @param retained entries kept for {@code resume} (about: Redis trims whole nodes)
     * @param timeout how long a command may take before the link counts as lost
     */
    public RedisLiveLog(String url, String key, int retained, Duration timeout, JsonMapper mapper) {
        if (retained < 1) {
            throw new IllegalArgumentException("retain at least one event");
        }
        this.stream = key;
        this.lastKey = key + ":last";
        this.retained = retained;
        this.codec = new LiveEventCodec(mapper);
        RedisURI uri = RedisURI.create(url);
        uri.setTimeout(timeout.plus(BLOCK));
        this.resources = DefaultClientResources.builder()
                .reconnectDelay(
                        Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(1), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout.plus(BLOCK)))
                .build());
        RedisCommands<String, String> redis = commands();
        long last = 0;
        if (redis != null) {
            try {
                String text = redis.get(lastKey);
                last = text == null ? 0 : Long.parseLong(text);
            } catch (RedisException e) {
                LOG.warn("Live log: cannot read {} on Redis: {}", lastKey, e.getMessage());
            }
        }
        this.delivered = last;
    }

    private @Nullable RedisCommands<String, String> commands() {
        StatefulRedisConnection<String, String> c = writer;
        if (c == null) {
            synchronized (connectLock) {
                c = writer;
                if (c == null && running) {
                    try {
                        c = client.connect();
                        writer = c;
                    } catch (RedisException e) {
                        LOG.warn("Live log: cannot connect to Redis: {}", e.getMessage());
                        return null;
                    }
                }
            }
        }
        return c == null || !c.isOpen() ? null : c.sync();
    }

    @Override
    public synchronized void start(Consumer<LiveEvent> deliver, Runnable resync) {
        this.deliver = deliver;
        this.resync = resync;
        Thread t = new Thread(this::read, "mizan-live-redis");
        t.setDaemon(true);
        reader = t;
        t.start();
    }

    @Override
    public long append(LiveEvent event) {
        String payload = codec.write(event);
        RedisCommands<String, String> redis = commands();
        if (redis != null) {
            try {
                String seq = redis.eval(
                        APPEND,
                        ScriptOutputType.VALUE,
                        new String[] {stream, lastKey},
                        "e",
                        payload,
                        Integer.toString(retained));
                return Long.parseLong(seq);
            } catch (RedisException e) {
                LOG.warn("Live log: append failed; subscribers will resync: {}", e.getMessage());
            }
        }
        // Not published: this instance's sockets refetch now, the others once Redis answers again.
        owedMarker = true;
        resync.run();
        return -1;
    }

    /** Leaves the marker that tells every instance to resync; true when none is owed any more. */
    private boolean payMarker() {
        if (!owedMarker) {
            return true;
        }
        RedisCommands<String, String> redis = commands();
        if (redis == null) {
            return false;
        }
        try {
            redis.eval(
                    APPEND,
                    ScriptOutputType.VALUE,
                    new String[] {stream, lastKey},
                    "r",
                    "1",
                    Integer.toString(retained));
            owedMarker = false;
            return true;
        } catch (RedisException e) {
            return false;
        }
    }

    @Override
    public long currentSeq() {
        return delivered;
    }

    @Override
    public @Nullable Window since(long seq) {
        RedisCommands<String, String> redis = commands();
        if (redis == null) {
            return null;
        }
        try {
            List<StreamMessage<String, String>> entries = redis.xrange(
                    stream,
                    Range.from(Range.Boundary.including(seq + "-0"), Range.Boundary.unbounded()),
                    Limit.from(retained + 2L));
            if (entries.isEmpty()) {
                String last = redis.get(lastKey);
                long lastSeq = last == null ? 0 : Long.parseLong(last);
                return lastSeq == seq ? new Window(List.of(), seq) : null;
            }
            if (entries.size() > retained + 1) {
                return null;
            }
            List<LiveEvent> events = new ArrayList<>(entries.size());
            long previous = seq;
            for (int i = 0; i < entries.size(); i++) {
                StreamMessage<String, String> m = entries.get(i);
                long number = seqOf(m);
                if (i == 0 && number == seq) {
                    continue;
                }
                if (prevOf(m) != previous || m.getBody().containsKey("r")) {
                    return null;
                }
                events.add(codec.read(number, m.getBody().get("e")));
                previous = number;
            }
            return new Window(events, previous);
        } catch (RedisException | IllegalArgumentException e) {
            return null;
        }
    }

    private static long seqOf(StreamMessage<String, String> m) {
        String id = m.getId();
        return Long.parseLong(id.substring(0, id.indexOf('-')));
    }

    private static long prevOf(StreamMessage<String, String> m) {
        String p = m.getBody().get("p");
        return p == null ? -1 : Long.parseLong(p);
    }

    /** The reader: delivers every entry after the last delivered, resyncs on a gap or a restored link. */
    private void read() {
        StatefulRedisConnection<String, String> connection = null;
        boolean lost = false;
        boolean freshResync = false;
        long backoff = 50;
        while (running) {
            try {
                if (connection == null) {
                    // Once connected, Lettuce reconnects the same connection; commands fail meanwhile.
                    connection = client.connect();
                }
                List<StreamMessage<String, String>> entries = connection
                        .sync()
                        .xread(
                                XReadArgs.Builder.block(BLOCK).count(1000),
                                XReadArgs.StreamOffset.from(stream, delivered + "-0"));
                if (lost) {
                    lost = false;
                    backoff = 50;
                    LOG.info("Live log: Redis link restored; subscribers resync");
                    resync.run();
                    freshResync = true;
                }
                payMarker();
                for (StreamMessage<String, String> m : entries) {
                    long number = seqOf(m);
                    boolean gap = prevOf(m) != delivered;
                    delivered = number;
                    if (m.getBody().containsKey("r")) {
                        resync.run();
                        freshResync = true;
                        continue;
                    }
                    deliver.accept(codec.read(number, m.getBody().get("e")));
                    if (gap && !freshResync) {
                        LOG.info("Live log: events before {} are gone from Redis; subscribers resync", number);
                        resync.run();
                    }
                    freshResync = false;
                }
            } catch (RedisException e) {
                if (!running) {
                    break;
                }
                if (!lost) {
                    LOG.warn("Live log: Redis link lost: {}", e.getMessage());
                    lost = true;
                }
                sleep(backoff);
                backoff = Math.min(1000, backoff * 2);
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                LOG.error("Live log: unreadable entry after {}; subscribers resync", delivered, e);
                resync.run();
                sleep(backoff);
            }
        }
        if (connection != null) {
            connection.closeAsync();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public void close() {
        running = false;
        Thread t = reader;
        if (t != null) {
            t.interrupt();
            try {
                t.join(BLOCK.toMillis() * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        StatefulRedisConnection<String, String> c = writer;
        if (c != null) {
            c.close();
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
