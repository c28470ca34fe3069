package dev.mizan.conformance.suite;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A client of {@code {base}/ws/} over a real socket: frames are queued and read with bounded waits. */
final class LiveSocket implements WebSocket.Listener, AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);

    /** The upgrade was answered with an HTTP status instead of a socket. */
    static final class Refused extends RuntimeException {
        final int status;
        final String body;

        Refused(int status, String body) {
            super("upgrade refused with " + status + ": " + body);
            this.status = status;
            this.body = body;
        }
    }

    private final LinkedBlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;
    private long nextId = 1;

    static LiveSocket open(HttpClient http, URI uri, Map<String, String> headers) {
        LiveSocket socket = new LiveSocket();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        try {
            socket.ws = builder.buildAsync(uri, socket).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                Object body = h.getResponse().body();
                throw new Refused(h.getResponse().statusCode(), body == null ? "" : body.toString());
            }
            throw e;
        }
        return socket;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(Json.MAPPER.readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void sendRaw(String text) {
        ws.sendText(text, true).join();
    }

    /** Sends {@code {"id": N, "type": TYPE, …fields}} and waits for the answer with that id. */
    JsonNode request(String type, String fieldsJson) {
        long id = nextId++;
        sendRaw("{\"id\":" + id + ",\"type\":\"" + type + "\"" + (fieldsJson.isEmpty() ? "" : "," + fieldsJson) + "}");
        long deadline = System.nanoTime() + WAIT.toNanos();
        List<JsonNode> skipped = new ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(50, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                if (f.path("id").isNumber() && f.path("id").asLong() == id) {
                    List<JsonNode> rest = new ArrayList<>(skipped);
                    frames.drainTo(rest);
                    frames.addAll(rest);
                    return f;
                }
                skipped.add(f);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        frames.addAll(skipped);
        throw new AssertionError("no answer to frame " + id + " within " + WAIT + "; got " + skipped);
    }

    /** The next frame of {@code type}, dropping others; fails after the wait. */
    JsonNode next(String type) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(50, TimeUnit.MILLISECONDS);
                if (f != null && f.path("type").asString("").equals(type)) {
                    return f;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no '" + type + "' frame within " + WAIT);
    }

    /** Every frame that arrives within {@code wait}. */
    List<JsonNode> drain(Duration wait) {
        List<JsonNode> out = new ArrayList<>();
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(20, TimeUnit.MILLISECONDS);
                if (f != null) {
                    out.add(f);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return out;
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
