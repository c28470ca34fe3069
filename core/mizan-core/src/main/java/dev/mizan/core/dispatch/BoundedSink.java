package dev.mizan.core.dispatch;

import java.io.OutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Where an answer is serialized first: it keeps up to {@code buffer} bytes, then only counts,
 * and fails with {@link TooLarge} past {@code limit}. Memory stays at most {@code buffer} bytes
 * whatever the handler returned.
 */
final class BoundedSink extends OutputStream {

    /** Answers up to this size are held in memory and written in one piece. */
    static final int BUFFER = 64 * 1024;

    /** The answer grew past the limit. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("answer over the limit", null, false, false);
        }
    }

    private final long limit;
    private byte[] buf = new byte[512];
    private long count;

    BoundedSink(long limit) {
        this.limit = limit;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        long next = count + len;
        if (next > limit) {
            count = next;
            throw new TooLarge();
        }
        if (next <= BUFFER) {
            if (next > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(BUFFER, Math.max(next, buf.length * 2L)));
            }
            System.arraycopy(b, off, buf, (int) count, len);
        } else if (buf.length > 0) {
            buf = new byte[0];
        }
        count = next;
    }

    boolean overflowed() {
        return count > limit;
    }

    long count() {
        return count;
    }

    /** The bytes, when they all fit the buffer; {@code null} when only counted. */
    byte @Nullable [] bytesOrNull() {
        return count <= BUFFER ? Arrays.copyOf(buf, (int) count) : null;
    }
}
