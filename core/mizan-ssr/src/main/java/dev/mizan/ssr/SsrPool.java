package dev.mizan.ssr;

import dev.mizan.ssr.RenderResult.Fallback;
import dev.mizan.ssr.RenderResult.Reason;
import dev.mizan.ssr.RenderResult.Rendered;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A pool of long-lived Node workers that render pages (docs/ssr.md). Each worker renders one page at
 * a time; a render borrows a worker, streams the page's frames back and answers its context reads
 * on the calling thread through the given {@link ContextReader}. A worker that crashes, hangs past
 * the render timeout, fails a ping or spends its request or memory budget is replaced. Every fault
 * is a {@link Fallback}, logged and counted, never an exception. {@link #close()} stops every
 * worker; a worker also exits by itself when its stdin closes, so a JVM killed outright leaves none.
 */
public final class SsrPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SsrPool.class);
    private static final Duration RETRY_START = Duration.ofSeconds(5);

    private final SsrSettings settings;
    private final JsonMapper json = JsonMapper.shared();
    private final Path scriptDir;
    private final Path script;
    private final LinkedBlockingDeque<SsrWorker> idle = new LinkedBlockingDeque<>();
    private final Set<SsrWorker> all = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService health;
    private final AtomicLong renderIds = new AtomicLong();
    private final AtomicLong rendered = new AtomicLong();
    private final AtomicLong started = new AtomicLong();
    private final AtomicLong replaced = new AtomicLong();
    private int starting;
    private final Map<Reason, AtomicLong> fallbacks = new EnumMap<>(Reason.class);
    private volatile boolean closed;
    private volatile long lastStartFailure;
    private volatile boolean unavailableLogged;

    private SsrPool(SsrSettings settings) {
        this.settings = settings;
        for (Reason r : Reason.values()) {
            fallbacks.put(r, new AtomicLong());
        }
        try {
            // Named after this JVM; a folder a killed JVM left behind is removed here.
            scriptDir = SsrFolders.create("mizan-ssr-");
            script = scriptDir.resolve("worker.mjs");
            try (InputStream worker = SsrPool.class.getResourceAsStream("worker.mjs")) {
                if (worker == null) {
                    throw new IllegalStateException("worker.mjs is missing from the mizan-ssr jar");
                }
                Files.copy(worker, script);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        health = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("mizan-ssr-health").daemon().factory());
    }

    /**
     * Starts the pool's workers (in parallel; a worker that fails to start is logged and retried
     * later, and renders fall back meanwhile) and the health checks.
     */
    public static SsrPool start(SsrSettings settings) {
        SsrPool pool = new SsrPool(settings);
        List<Thread> starting = new ArrayList<>();
        for (int i = 0; i < settings.workers(); i++) {
            starting.add(Thread.ofVirtual().start(pool::spawn));
        }
        for (Thread t : starting) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        long every = settings.healthInterval().toMillis();
        pool.health.scheduleWithFixedDelay(pool::check, every, every, TimeUnit.MILLISECONDS);
        return pool;
    }

    public SsrSettings settings() {
        return settings;
    }

    /** The process ids of the running workers. */
    public List<Long> pids() {
        return all.stream()
                .filter(SsrWorker::alive)
                .map(SsrWorker::pid)
                .sorted()
                .toList();
    }

    public SsrStats stats() {
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        fallbacks.forEach((r, n) -> counts.put(r, n.get()));
        return new SsrStats(rendered.get(), counts, started.get(), replaced.get(), pids().size());
    }

    /**
     * Renders the page at {@code url} (path and query); its context reads go to {@code reader} on
     * this thread.
     */
    public RenderResult render(String url, ContextReader reader) {
        return render(url, reader, null);
    }

    /**
     * As {@link #render(String, ContextReader)}, with the live log's seq read before the render
     * (the adapter's {@code LiveHub.currentSeq()}): embedded with the state, so that the browser's
     * live subscriptions catch up from it instead of refetching what the page shows.
     */
    public RenderResult render(String url, ContextReader reader, @Nullable Long seq) {
        if (closed) {
            return fallback(Reason.UNAVAILABLE, url, "the pool is closed");
        }
        long deadline = System.nanoTime() + settings.renderTimeout().toNanos();
        SsrWorker worker = borrow(deadline);
        if (worker == null) {
            return none()
                    ? fallback(Reason.UNAVAILABLE, url, "no SSR worker is running")
                    : fallback(Reason.BUSY, url, "every SSR worker stayed busy");
        }
        boolean keep = false;
        try {
            long id = renderIds.incrementAndGet();
            worker.drain();
            ObjectNode message =
                    json.createObjectNode().put("type", "render").put("id", id).put("url", url);
            if (seq != null) {
                message.put("seq", seq.longValue());
            }
            if (!worker.send(message)) {
                return crashed(worker, url);
            }
            StringBuilder html = new StringBuilder();
            while (true) {
                JsonNode frame = worker.next(Duration.ofNanos(deadline - System.nanoTime()));
                if (frame == null) {
                    LOG.warn(
                            "SSR of {} took longer than {}; worker {} killed",
                            url,
                            settings.renderTimeout(),
                            worker.pid());
                    retire(worker, true);
                    return count(Reason.TIMEOUT);
                }
                if (frame == SsrWorker.GONE) {
                    return crashed(worker, url);
                }
                if (frame.path("id").asLong(-1) != id) {
                    continue;
                }
                switch (frame.path("type").asString("")) {
                    case "chunk" -> html.append(frame.path("html").asString(""));
                    case "ctx" -> answer(worker, frame, reader);
                    case "end" -> {
                        worker.rendered(frame.path("rss").asLong(0));
                        rendered.incrementAndGet();
                        keep = true;
                        return new Rendered(
                                html.toString(), frame.path("status").asInt(200));
                    }
                    case "error" -> {
                        keep = true;
                        LOG.warn(
                                "SSR of {} failed in the page; serving the shell: {}",
                                url,
                                frame.path("message").asString(""));
                        return count(Reason.RENDER_ERROR);
                    }
                    default -> LOG.debug("SSR worker {} sent an unexpected frame {}", worker.pid(), frame);
                }
            }
        } finally {
            if (keep) {
                giveBack(worker);
            }
        }
    }

    private void answer(SsrWorker worker, JsonNode frame, ContextReader reader) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        frame.path("params")
                .properties()
                .forEach(e -> params.put(e.getKey(), e.getValue().asString("")));
        ContextReader.Answer answer;
        try {
            answer = reader.read(frame.path("name").asString(""), params);
        } catch (RuntimeException e) {
            LOG.warn("An SSR context read failed", e);
            answer = new ContextReader.Answer(
                    500, "{\"error\":{\"code\":\"INTERNAL_ERROR\",\"message\":\"Internal error\",\"details\":{}}}");
        }
        ObjectNode reply = json.createObjectNode()
                .put("type", "ctx")
                .put("id", frame.path("id").asLong())
                .put("seq", frame.path("seq").asLong())
                .put("status", answer.status())
                .put("body", answer.body());
        worker.send(reply);
    }

    private RenderResult crashed(SsrWorker worker, String url) {
        LOG.warn("SSR worker {} died while rendering {}; serving the shell and starting another", worker.pid(), url);
        retire(worker, true);
        return count(Reason.CRASH);
    }

    private RenderResult fallback(Reason reason, String url, String why) {
        if (reason != Reason.UNAVAILABLE || !unavailableLogged) {
            LOG.warn("SSR of {} falls back to the client-rendered shell: {}", url, why);
            unavailableLogged |= reason == Reason.UNAVAILABLE;
        }
        return count(reason);
    }

    private Fallback count(Reason reason) {
        fallbacks.get(reason).incrementAndGet();
        return new Fallback(reason);
    }

    private @Nullable SsrWorker borrow(long deadline) {
        if (none()) {
            // No worker running or starting (Node missing, the entry broken): try again now and then,
            // never wait for one. A worker being started (a replacement) is waited for.
            if (System.nanoTime() - lastStartFailure > RETRY_START.toNanos()) {
                spawn();
            }
            if (none()) {
                return null;
            }
        }
        try {
            SsrWorker worker = idle.pollFirst(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            while (worker != null && !worker.alive()) {
                retire(worker, false);
                worker = idle.pollFirst(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
            return worker;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void giveBack(SsrWorker worker) {
        if (!worker.alive()) {
            retire(worker, false);
        } else if (worker.renders() >= settings.maxRequests() || worker.rss() > settings.maxRssBytes()) {
            LOG.info(
                    "SSR worker {} spent its budget ({} renders, {} bytes resident); replacing it",
                    worker.pid(),
                    worker.renders(),
                    worker.rss());
            retire(worker, false);
        } else if (closed) {
            worker.stop(Duration.ofSeconds(2));
            all.remove(worker);
        } else {
            idle.offerFirst(worker);
        }
    }

    /** Takes a worker out of the pool (killed, or stopped gently) and starts its replacement. */
    private void retire(SsrWorker worker, boolean kill) {
        all.remove(worker);
        idle.remove(worker);
        if (kill) {
            worker.kill();
        } else {
            Thread.ofVirtual().start(() -> worker.stop(Duration.ofSeconds(2)));
        }
        if (!closed) {
            replaced.incrementAndGet();
            Thread.ofVirtual().name("mizan-ssr-replace").start(this::spawn);
        }
    }

    private synchronized boolean none() {
        return all.isEmpty() && starting == 0;
    }

    /** Starts one worker unless the running and starting ones already make the pool's size. */
    private void spawn() {
        synchronized (this) {
            if (closed || all.size() + starting >= settings.workers()) {
                return;
            }
            starting++;
        }
        try {
            SsrWorker worker = SsrWorker.start(script, settings, json);
            started.incrementAndGet();
            all.add(worker);
            if (closed) {
                all.remove(worker);
                worker.stop(Duration.ofSeconds(2));
                return;
            }
            unavailableLogged = false;
            idle.offerLast(worker);
            LOG.info("SSR worker {} started", worker.pid());
        } catch (IOException e) {
            lastStartFailure = System.nanoTime();
            LOG.warn(
                    "Could not start an SSR worker ({} {}): {}; pages are served client-rendered meanwhile",
                    settings.node(),
                    settings.entry(),
                    e.getMessage());
        } finally {
            synchronized (this) {
                starting--;
            }
        }
    }

    /** Pings each idle worker once; replaces the ones that do not answer, and tops the pool up. */
    private void check() {
        try {
            int n = idle.size();
            for (int i = 0; i < n && !closed; i++) {
                SsrWorker worker = idle.pollLast();
                if (worker == null) {
                    break;
                }
                worker.drain();
                boolean ok =
                        worker.send(json.createObjectNode().put("type", "ping").put("id", 0));
                JsonNode pong = ok ? worker.next(Duration.ofSeconds(2)) : null;
                if (pong == null || !"pong".equals(pong.path("type").asString(""))) {
                    LOG.warn("SSR worker {} failed its health check; replacing it", worker.pid());
                    retire(worker, true);
                } else {
                    worker.observed(pong.path("rss").asLong(0));
                    giveBack(worker);
                }
            }
            for (int i = 0; i < settings.workers() && !closed; i++) {
                spawn();
            }
        } catch (RuntimeException e) {
            LOG.warn("SSR health check failed", e);
        }
    }

    /** Stops every worker (stdin closed, then killed after a grace period) and removes the worker script. */
    @Override
    public void close() {
        closed = true;
        health.shutdownNow();
        List<Thread> stopping = new ArrayList<>();
        for (SsrWorker worker : List.copyOf(all)) {
            stopping.add(Thread.ofVirtual().start(() -> worker.stop(Duration.ofSeconds(2))));
        }
        for (Thread t : stopping) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        all.clear();
        idle.clear();
        SsrFolders.delete(scriptDir);
    }
}
