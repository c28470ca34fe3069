package dev.mizan.spring.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A test client of {@code /ws/}: frames arrive in a queue, read with a bounded wait. */
final class Socket implements WebSocket.Listener, AutoCloseable {

    /** A refused upgrade: the HTTP status and body of the answer. */
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
    private volatile boolean answerPings;

    static Socket open(HttpClient http, URI uri, String origin) {
        return open(http, uri, origin, java.util.Map.of());
    }

    /** Opens a socket sending {@code headers} with the upgrade (an {@code Authorization} header, say). */
    static Socket open(HttpClient http, URI uri, String origin, java.util.Map<String, String> headers) {
        Socket socket = new Socket();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (origin != null) {
            builder.header("Origin", origin);
        }
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
            JsonNode frame = Browser.JSON.readTree(partial.toString());
            partial.setLength(0);
            if (answerPings && frame.has("type") && frame.get("type").asString().equals("ping")) {
                sendRaw("{\"type\":\"pong\"}");
            }
            frames.add(frame);
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

    /** Sends a raw text frame. */
    synchronized void sendRaw(String text) {
        ws.sendText(text, true).join();
    }

    /** From now on answers every server ping with a pong, as the kernel does. */
    Socket answeringPings() {
        answerPings = true;
        return this;
    }

    void sendBinary(byte[] bytes) {
        ws.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    /** Sends a frame with the next id and returns that id. */
    long send(String type, String fieldsJson) {
        long id = nextId++;
        sendRaw("{\"id\":" + id + ",\"type\":\"" + type + "\"" + (fieldsJson.isEmpty() ? "" : "," + fieldsJson) + "}");
        return id;
    }

    /** Sends a frame and waits for the answer carrying its id (pushes in between are kept). */
    JsonNode request(String type, String fieldsJson) {
        long id = send(type, fieldsJson);
        return answer(id);
    }

    JsonNode answer(long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        java.util.List<JsonNode> skipped = new java.util.ArrayList<>();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(100, TimeUnit.MILLISECONDS);
                if (f == null) {
                    continue;
                }
                if (f.has("id") && f.get("id").isNumber() && f.get("id").asLong() == id) {
                    skipped.addAll(frames);
                    frames.clear();
                    frames.addAll(skipped);
                    return f;
                }
                skipped.add(f);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        frames.addAll(skipped);
        throw new AssertionError("no answer to frame " + id + "; got " + skipped);
    }

    /** The next frame of the given type (others are dropped), or fails after the wait. */
    JsonNode next(String type, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(50, TimeUnit.MILLISECONDS);
                if (f != null && f.has("type") && f.get("type").asString().equals(type)) {
                    return f;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("no '" + type + "' frame within " + wait);
    }

    /** The next frame of any type, or null when none came within {@code wait}. */
    JsonNode poll(Duration wait) {
        try {
            return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Every frame received so far and within {@code wait}, in order. */
    java.util.List<JsonNode> drain(Duration wait) {
        java.util.List<JsonNode> out = new java.util.ArrayList<>();
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

    /** The close code the server sent, waiting up to {@code wait}; fails when still open. */
    int closeCode(Duration wait) {
        try {
            return closed.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the socket is still open after " + wait);
        }
    }

    boolean hasFrames() {
        return !frames.isEmpty();
    }

    boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
