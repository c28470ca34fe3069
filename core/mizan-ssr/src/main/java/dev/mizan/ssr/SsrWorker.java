package dev.mizan.ssr;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Node worker process and its frames: a 4-byte big-endian length, then that many bytes of UTF-8
 * JSON, both ways. A virtual thread reads stdout into a queue; a closed stdout puts {@link #GONE}.
 */
final class SsrWorker {

    /** The frame limit either way (a rendered page is many frames; one frame is one chunk). */
    static final int MAX_FRAME = 16 << 20;

    /** Queued when the worker's stdout closed: it exited or crashed. */
    static final JsonNode GONE = JsonMapper.shared().createObjectNode().put("type", "gone");

    private final Process process;
    private final DataOutputStream in;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final JsonMapper json;
    private int renders;
    private long rss;

    private SsrWorker(Process process, JsonMapper json) {
        this.process = process;
        this.json = json;
        this.in = new DataOutputStream(process.getOutputStream());
        Thread.ofVirtual().name("mizan-ssr-reader-" + process.pid()).start(this::readLoop);
    }

    /**
     * Starts {@code node worker.mjs entry template} and waits for its {@code ready} frame.
     *
     * @throws IOException when Node cannot be started, the entry fails to load, or no ready frame comes in time
     */
    static SsrWorker start(Path script, SsrSettings settings, JsonMapper json) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        settings.node(),
                        script.toString(),
                        settings.entry().toString(),
                        settings.template().toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        // React and most libraries pick their production build from NODE_ENV: production unless the
        // JVM's own environment names another.
        builder.environment().putIfAbsent("NODE_ENV", "production");
        Process process = builder.start();
        SsrWorker worker = new SsrWorker(process, json);
        JsonNode first = worker.next(settings.startTimeout());
        if (first != null && "ready".equals(first.path("type").asString(""))) {
            return worker;
        }
        worker.kill();
        String why = first == null
                ? "no ready frame within " + settings.startTimeout()
                : first == GONE
                        ? "it exited with " + worker.exitCode()
                        : first.path("message").asString("");
        throw new IOException("the SSR worker did not start: " + why);
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    int renders() {
        return renders;
    }

    long rss() {
        return rss;
    }

    void rendered(long rssBytes) {
        renders++;
        rss = rssBytes;
    }

    void observed(long rssBytes) {
        rss = rssBytes;
    }

    /** Sends one frame; false when the worker is gone. */
    boolean send(ObjectNode message) {
        byte[] body = json.writeValueAsBytes(message);
        try {
            synchronized (in) {
                in.writeInt(body.length);
                in.write(body);
                in.flush();
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The next frame, {@link #GONE} once the worker's output closed, or {@code null} after {@code wait}. */
    @Nullable
    JsonNode next(Duration wait) {
        try {
            long nanos = Math.max(0, wait.toNanos());
            return frames.poll(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Drops frames left over from an earlier exchange (a ping answered late). */
    void drain() {
        frames.removeIf(f -> f != GONE);
    }

    /** Closes stdin, which the worker takes as the signal to exit; kills it when it has not within {@code grace}. */
    void stop(Duration grace) {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.close();
        } catch (IOException ignored) {
            // already closed: the process is gone or going
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
        }
    }

    /** Kills the worker at once (and waits for it, briefly). */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String exitCode() {
        try {
            return process.waitFor(1, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "(still running)";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(unknown)";
        }
    }

    private void readLoop() {
        try (DataInputStream out = new DataInputStream(process.getInputStream())) {
            while (true) {
                int length = out.readInt();
                if (length < 0 || length > MAX_FRAME) {
                    throw new IOException("frame of " + length + " bytes");
                }
                byte[] body = out.readNBytes(length);
                if (body.length < length) {
                    throw new EOFException();
                }
                frames.add(json.readTree(new String(body, StandardCharsets.UTF_8)));
            }
        } catch (IOException | RuntimeException e) {
            // EOF (the worker exited), a broken frame or unreadable JSON: the worker is of no more use.
        } finally {
            frames.add(GONE);
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
