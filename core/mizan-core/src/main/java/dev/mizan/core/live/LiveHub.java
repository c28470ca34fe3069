package dev.mizan.core.live;

import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.dispatch.ChannelMessage;
import dev.mizan.core.dispatch.Channels;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.dispatch.InvalidateEntry;
import dev.mizan.core.dispatch.MergeEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live hub of one server instance: told of every successful mutation by the {@link
 * Dispatcher}, it appends the entries to the {@link LiveLog} (which numbers them and, when shared,
 * fans them out to the other instances) and pushes each delivered event to the local sockets
 * subscribed to an instance it touches. Adapters open a {@link LiveConnection} per socket.
 */
public final class LiveHub implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveHub.class);

    private final Dispatcher dispatcher;
    private final LiveLimits limits;
    private final LiveLog log;
    private final LivePermissions permissions;
    private final Set<LiveConnection> connections = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<LiveConnection>> byContext = new ConcurrentHashMap<>();
    private final Map<String, Set<LiveConnection>> byChannel = new ConcurrentHashMap<>();
    private final Channels channels;
    private final Map<String, AtomicInteger> socketsPerUser = new ConcurrentHashMap<>();
    private final Object deliverLock = new Object();
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timer;
    private long lastDelivered;
    private final ThreadLocal<long[]> published = ThreadLocal.withInitial(() -> new long[] {-1});

    private LiveHub(Dispatcher dispatcher, LiveLimits limits, LiveLog log, LivePermissions permissions) {
        this.dispatcher = dispatcher;
        this.limits = limits;
        this.log = log;
        this.permissions = permissions;
        this.channels = new Channels(dispatcher);
        this.lastDelivered = log.currentSeq();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mizan-live-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates the hub, subscribes it to the dispatcher's mutations and starts the log and the heartbeat. */
    public static LiveHub start(Dispatcher dispatcher, LiveLimits limits, LiveLog log, LivePermissions permissions) {
        LiveHub hub = new LiveHub(dispatcher, limits, log, permissions);
        dispatcher.onMutation(hub::mutated);
        log.start(hub::deliver, hub::resyncAll);
        long every = limits.heartbeat().toMillis();
        hub.timer.scheduleAtFixedRate(hub::heartbeat, every, every, TimeUnit.MILLISECONDS);
        return hub;
    }

    /**
     * A new socket of the caller whose handshake {@code handle} describes (its user is fixed for
     * the socket's life). Sends {@code ready}, or closes the socket when its user holds too many.
     */
    public LiveConnection open(LiveTransport transport, RequestHandle handle) {
        MizanUser user = handle.user();
        LiveConnection connection = new LiveConnection(this, transport, handle, user);
        if (user != null) {
            int held = socketsPerUser
                    .computeIfAbsent(user.id(), k -> new AtomicInteger())
                    .incrementAndGet();
            connection.countedFor(user.id());
            if (held > limits.maxSocketsPerUser()) {
                connection.refuse(
                        LiveCloseCodes.POLICY_VIOLATION,
                        "more than " + limits.maxSocketsPerUser() + " sockets for one user");
                return connection;
            }
        }
        connections.add(connection);
        connection.ready(currentSeq());
        return connection;
    }

    /** Sockets open on this instance. */
    public int connectionCount() {
        return connections.size();
    }

    /** Publishes effects that no dispatcher call produced (tests, server code); returns their seq. */
    public long publish(List<InvalidateEntry> invalidate, List<MergeEntry> merge, @Nullable MizanUser caller) {
        List<String> keys = new ArrayList<>(merge.size());
        for (MergeEntry m : merge) {
            keys.add(permissions.key(m.context(), caller));
        }
        return log.append(new LiveEvent(0, invalidate, merge, keys));
    }

    /** Publishes a channel message (already bound and checked); returns its seq. */
    public long publish(ChannelMessage message) {
        return log.append(LiveEvent.of(message));
    }

    /** The publisher server code uses for channel messages. */
    public ChannelPublisher channels() {
        return (channel, params, message) -> publish(channels.fromServer(channel, params, message));
    }

    Channels channelPlans() {
        return channels;
    }

    private void mutated(
            String function, List<InvalidateEntry> invalidate, List<MergeEntry> merge, RequestHandle caller) {
        published.get()[0] = publish(invalidate, merge, caller.user());
    }

    /** The answer header that carries the seq of the event a call published. */
    public static final String SEQ_HEADER = "X-Mizan-Seq";

    /** A dispatch run on the calling thread, which may throw what the adapter's I/O throws. */
    @FunctionalInterface
    public interface Dispatch<T, E extends Exception> {
        T run() throws E;
    }

    /** A dispatch's answer and the seq of the live event it published, or -1 when it published none. */
    public record Published<T>(T answer, long seq) {}

    /**
     * Runs a call's dispatch on this thread and answers it with the seq of the event it published,
     * which the adapter sends as {@link #SEQ_HEADER} when not -1; with no hub (live off) the seq is -1.
     */
    public static <T, E extends Exception> Published<T> publishing(@Nullable LiveHub hub, Dispatch<T, E> dispatch)
            throws E {
        if (hub == null) {
            return new Published<>(dispatch.run(), -1);
        }
        hub.takePublishedSeq();
        T answer = dispatch.run();
        return new Published<>(answer, hub.takePublishedSeq());
    }

    /**
     * The seq of the event that the last mutation dispatched on this thread produced, or -1; reading
     * it clears it. An adapter sends it with the call's answer ({@code X-Mizan-Seq}) so that the
     * caller's own socket can skip the push of its own mutation.
     */
    public long takePublishedSeq() {
        long[] slot = published.get();
        long seq = slot[0];
        slot[0] = -1;
        return seq;
    }

    /** Called by the log, in seq order, for every event of every instance. */
    void deliver(LiveEvent event) {
        if (log.shared() && (!event.invalidate().isEmpty() || !event.merge().isEmpty())) {
            // Possibly another instance's mutation: this instance's own origin cache forgets what it touched
            // (the local mutations purged it already; purging again is harmless).
            dispatcher.purgeRemote(event.invalidate(), event.merge());
        }
        synchronized (deliverLock) {
            lastDelivered = Math.max(lastDelivered, event.seq());
            Set<LiveConnection> targets = new HashSet<>();
            for (InvalidateEntry e : event.invalidate()) {
                addAll(targets, e.context());
            }
            for (MergeEntry m : event.merge()) {
                addAll(targets, m.context());
            }
            for (ChannelMessage c : event.channel()) {
                Set<LiveConnection> joined = byChannel.get(c.channel());
                if (joined != null) {
                    targets.addAll(joined);
                }
            }
            for (LiveConnection c : targets) {
                c.push(event);
            }
        }
    }

    private void addAll(Set<LiveConnection> into, String context) {
        Set<LiveConnection> subscribed = byContext.get(context);
        if (subscribed != null) {
            into.addAll(subscribed);
        }
    }

    /** The log cannot vouch for delivery: every socket refetches what it shows. */
    void resyncAll() {
        synchronized (deliverLock) {
            lastDelivered = Math.max(lastDelivered, log.currentSeq());
            for (LiveConnection c : connections) {
                c.resync(lastDelivered);
            }
        }
    }

    /** Runs {@code action} with deliveries held, and the seq delivered so far. */
    <T> T holdingDeliveries(java.util.function.LongFunction<T> action) {
        synchronized (deliverLock) {
            return action.apply(lastDelivered);
        }
    }

    void indexed(LiveConnection c, String context) {
        byContext.computeIfAbsent(context, k -> ConcurrentHashMap.newKeySet()).add(c);
    }

    void joined(LiveConnection c, String channel) {
        byChannel.computeIfAbsent(channel, k -> ConcurrentHashMap.newKeySet()).add(c);
    }

    void left(LiveConnection c, String channel) {
        byChannel.computeIfPresent(channel, (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    void unindexed(LiveConnection c, String context) {
        byContext.computeIfPresent(context, (k, set) -> {
            set.remove(c);
            return set.isEmpty() ? null : set;
        });
    }

    void closed(LiveConnection c, @Nullable String userId) {
        if (connections.remove(c) || userId != null) {
            if (userId != null) {
                socketsPerUser.computeIfPresent(userId, (k, n) -> n.decrementAndGet() <= 0 ? null : n);
            }
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        for (LiveConnection c : connections) {
            try {
                c.heartbeat(now, currentSeq());
            } catch (RuntimeException e) {
                LOG.warn("Heartbeat failed", e);
            }
        }
    }

    /**
     * The seq of the last event delivered on this instance. An adapter sends it with a context
     * answer (read before the fetch), so that a subscription can catch up from it ({@code since}).
     */
    public long currentSeq() {
        synchronized (deliverLock) {
            return lastDelivered;
        }
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    LiveLimits limits() {
        return limits;
    }

    LiveLog log() {
        return log;
    }

    String permissionKey(String context, @Nullable MizanUser user) {
        return permissions.key(context, user);
    }

    ExecutorService workers() {
        return workers;
    }

    /** Closes every socket (going away) and stops the log and the timers. */
    @Override
    public void close() {
        timer.shutdownNow();
        for (LiveConnection c : List.copyOf(connections)) {
            c.close(LiveCloseCodes.GOING_AWAY, "server shutting down");
        }
        log.close();
        workers.shutdownNow();
    }
}
