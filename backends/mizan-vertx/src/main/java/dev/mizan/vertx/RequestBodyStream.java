package dev.mizan.vertx;

import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A request body read on a virtual thread as a blocking {@link InputStream}, one chunk at a time:
 * the request stays paused, and each read that needs more asks the event loop for one more chunk
 * ({@link HttpServerRequest#fetch}), so a slow reader holds no more than a chunk in memory.
 * Create it on the request's event loop, before the request was resumed.
 */
final class RequestBodyStream extends InputStream {

    private static final Object END = new Object();

    private final HttpServerRequest request;
    private final Context loop;
    private final long timeoutMillis;
    private final LinkedBlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private byte[] current = new byte[0];
    private int position;
    private boolean ended;

    RequestBodyStream(HttpServerRequest request, Context loop, long timeoutMillis) {
        this.request = request;
        this.loop = loop;
        this.timeoutMillis = timeoutMillis;
        request.pause();
        request.handler(buffer -> chunks.add(buffer.getBytes()));
        request.endHandler(ignored -> chunks.add(END));
        request.exceptionHandler(chunks::add);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (ended) {
                return -1;
            }
            next();
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current, position, target, offset, n);
        position += n;
        return n;
    }

    private void next() throws IOException {
        Object chunk = chunks.poll();
        if (chunk == null) {
            loop.runOnContext(ignored -> request.fetch(1));
            try {
                chunk = chunks.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while reading the request body");
            }
            if (chunk == null) {
                throw new IOException("the request body stalled for " + timeoutMillis + " ms");
            }
        }
        if (chunk == END) {
            ended = true;
        } else if (chunk instanceof Throwable failure) {
            throw new IOException("the request body could not be read", failure);
        } else {
            current = (byte[]) chunk;
            position = 0;
        }
    }
}
