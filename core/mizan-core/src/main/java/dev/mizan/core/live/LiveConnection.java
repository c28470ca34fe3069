package dev.mizan.core.live;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.dispatch.ChannelMessage;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.dispatch.InvalidateEntry;
import dev.mizan.core.dispatch.MergeEntry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One socket: parses the client's frames (MIZAN.md §4), dispatches calls and subscriptions
 * through the {@link Dispatcher} with the socket's user, and writes answers and pushes through a
 * bounded queue drained by one writer. Adapters feed it text frames ({@link #onText}) and tell it
 * when the socket closed ({@link #closedByPeer}).
 */
public final class LiveConnection {

    private static final Logger LOG = LoggerFactory.getLogger(LiveConnection.class);
    private static final long SECOND = 1_000_000_000L;

    /** One subscribed context instance; {@code coveredFrom}: every event after it reached this socket. */
    private static final class Sub {
        final String context;
        final Map<String, JsonNode> params;
        long coveredFrom;

        Sub(String context, Map<String, JsonNode> params, long coveredFrom) {
            this.context = context;
            this.params = params;
            this.coveredFrom = coveredFrom;
        }
    }

    /** One joined channel instance; {@code coveredFrom} as for {@link Sub}. */
    private static final class Join {
        final String channel;
        final Map<String, JsonNode> params;
        long coveredFrom;

        Join(String channel, Map<String, JsonNode> params, long coveredFrom) {
            this.channel = channel;
            this.params = params;
            this.coveredFrom = coveredFrom;
        }
    }

    private final LiveHub hub;
    private final LiveTransport transport;
    private final RequestHandle handle;
    private final @Nullable MizanUser user;
    private final Dispatcher dispatcher;
    private final JsonMapper mapper;
    private final ObjectReader reader;
    private final LiveLimits limits;
    private final Map<String, Sub> subs = new LinkedHashMap<>();
    private final Map<String, Join> joins = new LinkedHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> outbound = new ConcurrentLinkedQueue<>();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A close that waits for the frames queued before it (the error frames that explain it). */
    private record Close(int code, String reason) {}

    private final AtomicReference<@Nullable Close> closeAfterQueued = new AtomicReference<>();
    private final Semaphore calls;
    private volatile long lastInbound = System.nanoTime();
    private long rateWindow = System.nanoTime();
    private int framesInWindow;
    private int refusedInWindow;
    private volatile @Nullable String countedUser;

    LiveConnection(LiveHub hub, LiveTransport transport, RequestHandle handle, @Nullable MizanUser user) {
        this.hub = hub;
        this.transport = transport;
        this.handle = handle;
        this.user = user;
        this.dispatcher = hub.dispatcher();
        this.mapper = dispatcher.options().mapper();
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.limits = hub.limits();
        this.calls = new Semaphore(limits.maxCallsInFlight());
    }

    /** The socket's user (fixed at the handshake), or {@code null} when anonymous. */
    public @Nullable MizanUser user() {
        return user;
    }

    /** Whether the socket is still open as far as the hub knows. */
    public boolean isOpen() {
        return !closed.get();
    }

    /** Number of context instances this socket subscribes to, plus channel instances it joined. */
    public synchronized int subscriptionCount() {
        return subs.size() + joins.size();
    }

    // ---- inbound ----

    /** One text frame from the client. Frames of one socket must be fed in order, one at a time. */
    public void onText(String text) {
        if (closed.get()) {
            return;
        }
        lastInbound = System.nanoTime();
        if (!admit()) {
            return;
        }
        if (text.length() > limits.maxFrameBytes()
                || (text.length() * 3L > limits.maxFrameBytes()
                        && text.getBytes(StandardCharsets.UTF_8).length > limits.maxFrameBytes())) {
            error(
                    null,
                    new MizanException(
                            ErrorCode.PAYLOAD_TOO_LARGE,
                            "The frame is larger than " + limits.maxFrameBytes() + " bytes",
                            Map.of("limit", limits.maxFrameBytes())));
            return;
        }
        JsonNode frame;
        try {
            frame = reader.readTree(text);
        } catch (JacksonException e) {
            error(null, badRequest("The frame is not valid JSON", Map.of()));
            return;
        }
        if (frame == null || !frame.isObject()) {
            error(null, badRequest("A frame must be a JSON object {\"id\": …, \"type\": …}", Map.of()));
            return;
        }
        JsonNode idNode = frame.get("id");
        Long id = null;
        if (idNode != null && !idNode.isNull()) {
            if (!idNode.isIntegralNumber() || !idNode.canConvertToLong()) {
                error(null, badRequest("'id' must be an integer", Map.of()));
                return;
            }
            id = idNode.longValue();
        }
        JsonNode typeNode = frame.get("type");
        if (typeNode == null || !typeNode.isString()) {
            error(id, badRequest("'type' must be a string naming the frame type", Map.of()));
            return;
        }
        String type = typeNode.stringValue();
        try {
            switch (type) {
                case "call" -> call(requireId(id, type), frame);
                case "subscribe" -> subscribe(requireId(id, type), frame);
                case "unsubscribe" -> unsubscribe(requireId(id, type), frame);
                case "join" -> join(requireId(id, type), frame);
                case "leave" -> leave(requireId(id, type), frame);
                case "publish" -> publish(requireId(id, type), frame);
                case "resume" -> resume(id, frame);
                case "ping" -> enqueue("{\"type\":\"pong\"}");
                case "pong" -> {}
                default -> error(id, badRequest("Unknown frame type '" + type + "'", Map.of("type", type)));
            }
        } catch (MizanException e) {
            error(id, e);
        } catch (RuntimeException e) {
            error(id, dispatcher.normalize(e, "ws:" + type, handle));
        }
    }

    /** A binary frame: the protocol is JSON text. */
    public void onBinary() {
        if (!closed.get() && admit()) {
            error(null, badRequest("Frames are JSON text; binary frames are not accepted", Map.of()));
        }
    }

    private static long requireId(@Nullable Long id, String type) {
        if (id == null) {
            throw badRequest("A '" + type + "' frame needs an integer 'id'", Map.of("type", type));
        }
        return id;
    }

    /** Frames per second, with a burst of as many; a socket that keeps flooding is closed. */
    private boolean admit() {
        long now = System.nanoTime();
        if (now - rateWindow >= SECOND) {
            rateWindow = now;
            framesInWindow = 0;
            refusedInWindow = 0;
        }
        if (++framesInWindow <= limits.framesPerSecond()) {
            return true;
        }
        refusedInWindow++;
        if (refusedInWindow > limits.framesPerSecond()) {
            closeAfterQueued(
                    LiveCloseCodes.POLICY_VIOLATION, "flooding: over " + limits.framesPerSecond() + " frames/s");
        } else if (refusedInWindow <= 3) {
            error(
                    null,
                    badRequest(
                            "Too many frames: at most " + limits.framesPerSecond() + " per second",
                            Map.of("reason", "rate", "limit", limits.framesPerSecond())));
        }
        return false;
    }

    private void call(long id, JsonNode frame) {
        JsonNode function = frame.get("function");
        if (function == null || !function.isString()) {
            throw badRequest("'function' must be a string naming a function", Map.of());
        }
        JsonNode args = frame.get("args");
        if (!calls.tryAcquire()) {
            throw badRequest(
                    "Too many calls in flight on this socket (at most " + limits.maxCallsInFlight() + ")",
                    Map.of("reason", "calls_in_flight", "limit", limits.maxCallsInFlight()));
        }
        String name = function.stringValue();
        try {
            hub.workers().execute(() -> {
                try {
                    DispatchResult result = dispatcher.call(name, args, handle);
                    enqueue(withId(id, result.body()));
                } finally {
                    calls.release();
                }
            });
        } catch (RuntimeException e) {
            calls.release();
            throw e;
        }
    }

    private void subscribe(long id, JsonNode frame) {
        String context = contextOf(frame);
        Long since = seqOf(frame, "since");
        Map<String, JsonNode> params = dispatcher.readableInstance(context, frame.get("params"), handle);
        String key = instanceKey(context, params);
        LiveLog.Window window = since == null ? null : hub.log().since(since);
        hub.holdingDeliveries(upTo -> {
            synchronized (this) {
                Sub sub = new Sub(context, params, since == null ? upTo : since);
                boolean added = admitInstance(id, subs.containsKey(key), () -> {
                    subs.put(key, sub);
                    hub.indexed(this, context);
                });
                if (added && since != null) {
                    catchUp(sub, since, window, upTo);
                }
                return null;
            }
        });
    }

    /**
     * A subscription or a join, under this socket's lock: answered ok when the instance is already
     * there, refused when the socket holds its bound of instances, else added by {@code add} and
     * answered ok. Whether it was added.
     */
    private boolean admitInstance(long id, boolean present, Runnable add) {
        if (!present && subs.size() + joins.size() >= limits.maxSubscriptions()) {
            error(
                    id,
                    badRequest(
                            "Too many subscriptions on this socket (at most " + limits.maxSubscriptions() + ")",
                            Map.of("reason", "subscriptions", "limit", limits.maxSubscriptions())));
            return false;
        }
        if (!present) {
            add.run();
        }
        enqueue(ok(id));
        return !present;
    }

    /** Replays what {@code sub} missed after {@code since}; an invalidate when that cannot be vouched for. */
    private void catchUp(Sub sub, long since, LiveLog.@Nullable Window window, long upTo) {
        if (since >= upTo) {
            sub.coveredFrom = since;
            return;
        }
        if (window == null || window.upTo() < upTo) {
            ObjectNode frame = mapper.createObjectNode();
            frame.put("type", "invalidate");
            frame.put("seq", upTo);
            frame.putArray("entries").add(entryNode(sub.context, sub.params, null));
            enqueue(frame.toString());
        } else {
            for (LiveEvent e : window.events()) {
                if (e.seq() <= upTo) {
                    render(e, sub);
                }
            }
        }
        sub.coveredFrom = since;
    }

    private void join(long id, JsonNode frame) {
        String channel = channelOf(frame);
        Map<String, JsonNode> params = hub.channelPlans().join(channel, frame.get("params"), handle);
        String key = instanceKey(channel, params);
        hub.holdingDeliveries(upTo -> {
            synchronized (this) {
                admitInstance(id, joins.containsKey(key), () -> {
                    joins.put(key, new Join(channel, params, upTo));
                    hub.joined(this, channel);
                });
                return null;
            }
        });
    }

    private void leave(long id, JsonNode frame) {
        String channel = channelOf(frame);
        Map<String, JsonNode> params = hub.channelPlans().join(channel, frame.get("params"), handle);
        String key = instanceKey(channel, params);
        synchronized (this) {
            if (joins.remove(key) != null && joins.values().stream().noneMatch(j -> j.channel.equals(channel))) {
                hub.left(this, channel);
            }
        }
        enqueue(ok(id));
    }

    /** A client's message: checked and run on a worker (the channel's method may block), then fanned out. */
    private void publish(long id, JsonNode frame) {
        String channel = channelOf(frame);
        JsonNode params = frame.get("params");
        JsonNode message = frame.get("message");
        if (!calls.tryAcquire()) {
            throw badRequest(
                    "Too many calls in flight on this socket (at most " + limits.maxCallsInFlight() + ")",
                    Map.of("reason", "calls_in_flight", "limit", limits.maxCallsInFlight()));
        }
        try {
            hub.workers().execute(() -> {
                try {
                    ChannelMessage checked = hub.channelPlans().publish(channel, params, message, handle);
                    long seq = hub.publish(checked);
                    enqueue("{\"id\":" + id + ",\"result\":null,\"seq\":" + seq + "}");
                } catch (MizanException e) {
                    error(id, e);
                } catch (RuntimeException e) {
                    error(id, dispatcher.normalize(e, "ws:publish", handle));
                } finally {
                    calls.release();
                }
            });
        } catch (RuntimeException e) {
            calls.release();
            throw e;
        }
    }

    private static String channelOf(JsonNode frame) {
        JsonNode channel = frame.get("channel");
        if (channel == null || !channel.isString()) {
            throw badRequest("'channel' must be a string naming a channel", Map.of());
        }
        return channel.stringValue();
    }

    private void unsubscribe(long id, JsonNode frame) {
        String context = contextOf(frame);
        Map<String, JsonNode> params = dispatcher.contextInstance(context, frame.get("params"), handle);
        String key = instanceKey(context, params);
        synchronized (this) {
            if (subs.remove(key) != null && subs.values().stream().noneMatch(s -> s.context.equals(context))) {
                hub.unindexed(this, context);
            }
        }
        enqueue(ok(id));
    }

    private void resume(@Nullable Long id, JsonNode frame) {
        Long seq = seqOf(frame, "seq");
        if (seq == null) {
            throw badRequest("A 'resume' frame needs the integer 'seq' last applied", Map.of());
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            LiveLog.Window window = hub.log().since(seq);
            boolean done = hub.holdingDeliveries(upTo -> {
                if (window != null && window.upTo() < upTo) {
                    return false;
                }
                synchronized (this) {
                    if (window == null) {
                        enqueue(resyncFrame(upTo));
                    } else {
                        for (Sub sub : subs.values()) {
                            if (sub.coveredFrom > seq) {
                                for (LiveEvent e : window.events()) {
                                    if (e.seq() <= sub.coveredFrom) {
                                        render(e, sub);
                                    }
                                }
                                sub.coveredFrom = seq;
                            }
                        }
                        for (Join join : joins.values()) {
                            if (join.coveredFrom > seq) {
                                for (LiveEvent e : window.events()) {
                                    if (e.seq() <= join.coveredFrom) {
                                        renderChannel(e, join);
                                    }
                                }
                                join.coveredFrom = seq;
                            }
                        }
                    }
                    if (id != null) {
                        enqueue(ok(id));
                    }
                }
                return true;
            });
            if (done) {
                return;
            }
        }
        hub.holdingDeliveries(upTo -> {
            synchronized (this) {
                enqueue(resyncFrame(upTo));
                if (id != null) {
                    enqueue(ok(id));
                }
            }
            return null;
        });
    }

    private static String contextOf(JsonNode frame) {
        JsonNode context = frame.get("context");
        if (context == null || !context.isString()) {
            throw badRequest("'context' must be a string naming a context", Map.of());
        }
        return context.stringValue();
    }

    private static @Nullable Long seqOf(JsonNode frame, String field) {
        JsonNode n = frame.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isIntegralNumber() || !n.canConvertToLong()) {
            throw badRequest("'" + field + "' must be an integer", Map.of());
        }
        return n.longValue();
    }

    private static String instanceKey(String context, Map<String, JsonNode> params) {
        StringBuilder b = new StringBuilder(context).append('?');
        for (Map.Entry<String, JsonNode> e : new java.util.TreeMap<>(params).entrySet()) {
            b.append(e.getKey()).append('=').append(e.getValue()).append('&');
        }
        return b.toString();
    }

    // ---- pushes ----

    /** A delivered event (called with deliveries held, in seq order). */
    void push(LiveEvent event) {
        synchronized (this) {
            if (!closed.get()) {
                render(event, null);
                renderChannel(event, null);
            }
        }
    }

    /** Writes the frames of {@code event} for this socket's subscriptions (or only {@code only}). */
    private void render(LiveEvent event, @Nullable Sub only) {
        ArrayNode merges = null;
        ArrayNode invalidates = null;
        for (int i = 0; i < event.merge().size(); i++) {
            MergeEntry m = event.merge().get(i);
            if (!touches(m.context(), m.params(), only)) {
                continue;
            }
            if (permissionKey(m.context()).equals(event.mergeKeys().get(i))) {
                if (merges == null) {
                    merges = mapper.createArrayNode();
                }
                ObjectNode entry = entryNode(m.context(), m.params(), m.slot());
                entry.set("value", m.value());
                merges.add(entry);
            } else {
                if (invalidates == null) {
                    invalidates = mapper.createArrayNode();
                }
                invalidates.add(entryNode(m.context(), m.params(), m.slot()));
            }
        }
        for (InvalidateEntry e : event.invalidate()) {
            if (touches(e.context(), e.params(), only)) {
                if (invalidates == null) {
                    invalidates = mapper.createArrayNode();
                }
                invalidates.add(entryNode(e.context(), e.params(), e.slot()));
            }
        }
        if (merges != null) {
            enqueue(pushFrame("merge", event.seq(), merges));
        }
        if (invalidates != null) {
            enqueue(pushFrame("invalidate", event.seq(), invalidates));
        }
    }

    /** Writes a {@code channel} frame per message of {@code event} on a joined instance (or only {@code only}). */
    private void renderChannel(LiveEvent event, @Nullable Join only) {
        for (ChannelMessage c : event.channel()) {
            boolean joined =
                    only != null ? joinedTo(only, c) : joins.values().stream().anyMatch(j -> joinedTo(j, c));
            if (!joined) {
                continue;
            }
            ObjectNode frame = mapper.createObjectNode();
            frame.put("type", "channel");
            frame.put("seq", event.seq());
            frame.put("channel", c.channel());
            ObjectNode p = frame.putObject("params");
            c.params().forEach(p::set);
            frame.set("message", c.message());
            enqueue(frame.toString());
        }
    }

    private static boolean joinedTo(Join join, ChannelMessage message) {
        if (!join.channel.equals(message.channel())
                || join.params.size() != message.params().size()) {
            return false;
        }
        for (Map.Entry<String, JsonNode> p : message.params().entrySet()) {
            JsonNode mine = join.params.get(p.getKey());
            if (mine == null || !sameValue(mine, p.getValue())) {
                return false;
            }
        }
        return true;
    }

    private String pushFrame(String type, long seq, ArrayNode entries) {
        ObjectNode frame = mapper.createObjectNode();
        frame.put("type", type);
        frame.put("seq", seq);
        frame.set("entries", entries);
        return frame.toString();
    }

    private ObjectNode entryNode(String context, @Nullable Map<String, JsonNode> params, @Nullable String slot) {
        ObjectNode entry = mapper.createObjectNode();
        entry.put("context", context);
        if (params != null) {
            ObjectNode p = entry.putObject("params");
            new java.util.TreeMap<>(params).forEach(p::set);
        }
        if (slot != null) {
            entry.put("slot", slot);
        }
        return entry;
    }

    /** Whether an entry for {@code context} with {@code params} (null: every instance) touches a subscription. */
    private boolean touches(String context, @Nullable Map<String, JsonNode> params, @Nullable Sub only) {
        if (only != null) {
            return matches(only, context, params);
        }
        for (Sub sub : subs.values()) {
            if (matches(sub, context, params)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Sub sub, String context, @Nullable Map<String, JsonNode> params) {
        if (!sub.context.equals(context)) {
            return false;
        }
        if (params == null) {
            return true;
        }
        for (Map.Entry<String, JsonNode> p : params.entrySet()) {
            JsonNode mine = sub.params.get(p.getKey());
            if (mine == null || !sameValue(mine, p.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** JSON equality that does not tell an int node from a long node of the same number. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private String permissionKey(String context) {
        return keys.computeIfAbsent(context, c -> hub.permissionKey(c, user));
    }

    void resync(long seq) {
        synchronized (this) {
            enqueue(resyncFrame(seq));
        }
    }

    private static String resyncFrame(long seq) {
        return "{\"type\":\"resync\",\"seq\":" + seq + "}";
    }

    void ready(long seq) {
        enqueue("{\"type\":\"ready\",\"seq\":" + seq + ",\"heartbeat_ms\":"
                + limits.heartbeat().toMillis() + "}");
    }

    void heartbeat(long now, long seq) {
        if (now - lastInbound > 2 * limits.heartbeat().toNanos()) {
            close(LiveCloseCodes.HEARTBEAT_TIMEOUT, "no frame for two heartbeat intervals");
            return;
        }
        enqueue("{\"type\":\"ping\",\"seq\":" + seq + "}");
    }

    // ---- outbound ----

    private static String ok(long id) {
        return "{\"id\":" + id + ",\"result\":null}";
    }

    /** {@code {"id": N, …the dispatcher's body…}}. */
    private static String withId(long id, byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        return "{\"id\":" + id + "," + json.substring(1);
    }

    private void error(@Nullable Long id, MizanException e) {
        byte[] envelope = dispatcher.failure(e).body();
        String json = new String(envelope, StandardCharsets.UTF_8);
        enqueue(id == null ? "{\"type\":\"error\"," + json.substring(1) : withId(id, envelope));
    }

    private static MizanException badRequest(String message, Map<String, Object> details) {
        return new MizanException(ErrorCode.BAD_REQUEST, message, details);
    }

    private void enqueue(String frame) {
        if (closed.get()) {
            return;
        }
        if (queuedBytes.addAndGet(frame.length()) > limits.sendBufferBytes()) {
            close(LiveCloseCodes.SLOW_CONSUMER, "send buffer over " + limits.sendBufferBytes() + " bytes");
            return;
        }
        outbound.add(frame);
        if (draining.compareAndSet(false, true)) {
            hub.workers().execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            String frame;
            while ((frame = outbound.poll()) != null) {
                if (closed.get() && closeAfterQueued.get() == null) {
                    outbound.clear();
                    break;
                }
                try {
                    transport.send(frame);
                } catch (Exception e) {
                    LOG.debug("Live send failed; closing the socket", e);
                    closedByPeer();
                }
                queuedBytes.addAndGet(-frame.length());
            }
            Close pending = closeAfterQueued.get();
            if (pending != null && outbound.isEmpty() && closeAfterQueued.compareAndSet(pending, null)) {
                transport.close(pending.code(), pending.reason());
            }
            draining.set(false);
            if ((outbound.isEmpty() && closeAfterQueued.get() == null) || !draining.compareAndSet(false, true)) {
                return;
            }
        }
    }

    // ---- closing ----

    void countedFor(String userId) {
        countedUser = userId;
    }

    void refuse(int code, String reason) {
        close(code, reason);
    }

    /** Closes the socket from the server side with a code and reason. */
    public void close(int code, String reason) {
        if (release(true)) {
            try {
                hub.workers().execute(() -> transport.close(code, reason));
            } catch (RuntimeException e) {
                transport.close(code, reason);
            }
        }
    }

    /**
     * Closes the socket once the frames queued so far are sent (in order, by the writer): the client
     * reads why before the close. Nothing is queued after it.
     */
    private void closeAfterQueued(int code, String reason) {
        if (release(false)) {
            closeAfterQueued.set(new Close(code, reason));
            if (draining.compareAndSet(false, true)) {
                hub.workers().execute(this::drain);
            }
        }
    }

    /** The adapter saw the socket close. */
    public void closedByPeer() {
        closeAfterQueued.set(null);
        release(true);
    }

    /** Marks the socket closed and drops its subscriptions; {@code dropQueued}: and the frames not yet sent. */
    private boolean release(boolean dropQueued) {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        List<String> contexts;
        List<String> channels;
        synchronized (this) {
            contexts = new ArrayList<>(
                    subs.values().stream().map(s -> s.context).distinct().toList());
            subs.clear();
            channels = new ArrayList<>(
                    joins.values().stream().map(j -> j.channel).distinct().toList());
            joins.clear();
        }
        for (String c : contexts) {
            hub.unindexed(this, c);
        }
        for (String c : channels) {
            hub.left(this, c);
        }
        hub.closed(this, countedUser);
        if (dropQueued) {
            outbound.clear();
        }
        return true;
    }

    @Override
    public String toString() {
        return "LiveConnection[" + (user == null ? "anonymous" : Objects.toString(user.id())) + "]";
    }
}
