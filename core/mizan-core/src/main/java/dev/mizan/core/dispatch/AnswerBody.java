package dev.mizan.core.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * An answer body of known length: small answers are held as bytes; large ones are written
 * straight to the transport's output, serialized a second time rather than held whole in memory.
 */
public final class AnswerBody {

    /** Writes the body to an output (the same bytes every time). */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private final long length;
    private final byte[] bytes;
    private final Writer writer;

    private AnswerBody(long length, byte[] bytes, Writer writer) {
        this.length = length;
        this.bytes = bytes;
        this.writer = writer;
    }

    /** A body held in memory. */
    public static AnswerBody of(byte[] bytes) {
        return new AnswerBody(bytes.length, bytes, out -> out.write(bytes));
    }

    static AnswerBody streamed(long length, Writer writer) {
        return new AnswerBody(length, new byte[0], writer);
    }

    /** The body's length in bytes, for {@code Content-Length}. */
    public long length() {
        return length;
    }

    /** Whether the body is held in memory (else it is serialized while written). */
    public boolean buffered() {
        return bytes.length == length;
    }

    /** Writes the body to the transport's output. */
    public void writeTo(OutputStream out) throws IOException {
        writer.write(out);
    }

    /** The body as bytes: a streamed body is materialized (for tests and in-process callers). */
    public byte[] bytes() {
        if (buffered()) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(length, Integer.MAX_VALUE - 8));
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
