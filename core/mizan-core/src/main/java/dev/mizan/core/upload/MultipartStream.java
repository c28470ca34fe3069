package dev.mizan.core.upload;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A streaming reader of a {@code multipart/form-data} body (RFC 7578): parts one after the other,
 * each part's bytes copied to a sink as they arrive, with a fixed 64 KiB buffer whatever the
 * size. A body that is not well formed is {@code BAD_REQUEST}; one that breaks off is as well.
 */
public final class MultipartStream {

    /** The headers of one part. */
    public record Part(String name, @Nullable String filename, String contentType) {}

    /** Thrown by a sink that refuses more bytes (a limit), to stop copying. */
    public static final class Refused extends IOException {
        private final transient MizanException error;

        public Refused(MizanException error) {
            super(error.getMessage());
            this.error = error;
        }

        public MizanException error() {
            return error;
        }
    }

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADERS = 16 * 1024;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buf = new byte[BUFFER];
    private int head;
    private int tail;
    private boolean eof;
    private boolean done;
    private boolean started;
    private boolean atDelimiterEnd;

    private MultipartStream(InputStream in, String boundary) {
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The body starts with the boundary without its leading CRLF: read as if it had one.
        buf[0] = '\r';
        buf[1] = '\n';
        tail = 2;
    }

    /** A reader over {@code in} for the boundary of {@code contentType}; BAD_REQUEST when it has none. */
    public static MultipartStream of(InputStream in, @Nullable String contentType) {
        String boundary = boundary(contentType);
        if (boundary == null) {
            throw malformed("the multipart content type has no valid boundary");
        }
        return new MultipartStream(in, boundary);
    }

    /** Whether a content type is {@code multipart/form-data}. */
    public static boolean isMultipart(@Nullable String contentType) {
        return contentType != null && Uploads.mediaType(contentType).equals("multipart/form-data");
    }

    static @Nullable String boundary(@Nullable String contentType) {
        if (!isMultipart(contentType)) {
            return null;
        }
        Map<String, String> params = params(contentType.substring(contentType.indexOf(';') + 1));
        String boundary = params.get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            return null;
        }
        for (int i = 0; i < boundary.length(); i++) {
            char c = boundary.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return null;
            }
        }
        return boundary;
    }

    /**
     * Moves to the next part and returns its headers, or {@code null} after the closing boundary.
     * The previous part's unread bytes are skipped.
     */
    public @Nullable Part next() throws IOException {
        if (done) {
            return null;
        }
        if (!started) {
            started = true;
            skip("the text before the first boundary");
        } else if (!atDelimiterEnd) {
            skip("an unread part");
        }
        atDelimiterEnd = false;
        // After a delimiter: "--" closes the body; otherwise optional whitespace, then CRLF.
        if (!ensure(2)) {
            throw malformed("the body ends after a boundary");
        }
        if (buf[head] == '-' && buf[head + 1] == '-') {
            done = true;
            head += 2;
            return null;
        }
        while (true) {
            if (!ensure(2)) {
                throw malformed("the body ends after a boundary");
            }
            if (buf[head] == '\r' && buf[head + 1] == '\n') {
                head += 2;
                break;
            }
            if (buf[head] == ' ' || buf[head] == '\t') {
                head++;
                continue;
            }
            throw malformed("a boundary is not followed by a line break");
        }
        return headers();
    }

    /**
     * Copies the current part's bytes to {@code sink} up to the next boundary and returns their
     * count. A {@link Refused} thrown by the sink propagates and leaves the stream unusable.
     */
    public long copyBody(OutputStream sink) throws IOException {
        long count = 0;
        while (true) {
            int found = indexOf(delimiter, head, tail);
            if (found >= 0) {
                sink.write(buf, head, found - head);
                count += found - head;
                head = found + delimiter.length;
                atDelimiterEnd = true;
                return count;
            }
            int safe = Math.max(head, tail - delimiter.length + 1);
            if (safe > head) {
                sink.write(buf, head, safe - head);
                count += safe - head;
                head = safe;
            }
            if (eof) {
                throw malformed("the body ends before the closing boundary");
            }
            fill();
        }
    }

    private void skip(String what) throws IOException {
        copyBody(new OutputStream() {
            private long left = MAX_HEADERS;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                left -= len;
                if (left < 0) {
                    throw new Refused(malformed(what + " is longer than " + MAX_HEADERS + " bytes"));
                }
            }
        });
    }

    private Part headers() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        int read = 0;
        while (true) {
            String line = line();
            read += line.length() + 2;
            if (read > MAX_HEADERS) {
                throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes");
            }
            if (line.isEmpty()) {
                break;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part header is not 'Name: value'");
            }
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        String disposition = headers.get("content-disposition");
        if (disposition == null) {
            throw malformed("a part has no Content-Disposition header");
        }
        int semi = disposition.indexOf(';');
        String kind = (semi < 0 ? disposition : disposition.substring(0, semi)).strip();
        if (!kind.equalsIgnoreCase("form-data")) {
            throw malformed("a part's Content-Disposition is not form-data");
        }
        Map<String, String> params = semi < 0 ? Map.of() : params(disposition.substring(semi + 1));
        String name = params.get("name");
        if (name == null || name.isEmpty()) {
            throw malformed("a part has no name");
        }
        String filename = params.containsKey("filename*") ? extended(params.get("filename*")) : params.get("filename");
        return new Part(name, filename, Uploads.mediaType(headers.get("content-type")));
    }

    /** One header line (UTF-8, which browsers send for non-ASCII names), without its CRLF. */
    private String line() throws IOException {
        int scanned = 0; // bytes after head already searched
        while (true) {
            for (int i = head + scanned; i + 1 < tail; i++) {
                if (buf[i] == '\r' && buf[i + 1] == '\n') {
                    String line = new String(buf, head, i - head, StandardCharsets.UTF_8);
                    head = i + 2;
                    return line;
                }
            }
            scanned = Math.max(0, tail - head - 1);
            if (tail - head >= MAX_HEADERS) {
                throw malformed("a part's headers are longer than " + MAX_HEADERS + " bytes");
            }
            if (eof) {
                throw malformed("the body ends inside a part's headers");
            }
            fill();
        }
    }

    /** RFC 5987 {@code UTF-8''percent-encoded}; the raw value when it is not that. */
    private static String extended(String value) {
        int quote = value.indexOf("''");
        if (quote < 0) {
            return value;
        }
        try {
            return java.net.URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed("a part's filename* is not percent-encoded");
        }
    }

    /** {@code a=b; c="d"} parameters, names lower-cased, quotes and backslash escapes removed. */
    static Map<String, String> params(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && (text.charAt(i) == ';' || text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                break;
            }
            String key = text.substring(i, eq).strip().toLowerCase(Locale.ROOT);
            i = eq + 1;
            StringBuilder value = new StringBuilder();
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '"' || text.charAt(i + 1) == '\\')) {
                        // Only \" and \\ are escapes: browsers send a Windows path's backslashes as they are.
                        c = text.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < n && text.charAt(i) != ';') {
                    value.append(text.charAt(i++));
                }
            }
            out.putIfAbsent(
                    key,
                    key.startsWith("filename")
                            ? value.toString()
                            : value.toString().strip());
        }
        return out;
    }

    /** Makes at least {@code n} bytes available from {@code head}; false when the body ends first. */
    private boolean ensure(int n) throws IOException {
        while (tail - head < n) {
            if (eof) {
                return false;
            }
            fill();
        }
        return true;
    }

    private void fill() throws IOException {
        if (head > 0) {
            System.arraycopy(buf, head, buf, 0, tail - head);
            tail -= head;
            head = 0;
        }
        if (tail == buf.length) {
            throw new IllegalStateException("multipart buffer full");
        }
        int n = in.read(buf, tail, buf.length - tail);
        if (n < 0) {
            eof = true;
        } else {
            tail += n;
        }
    }

    private int indexOf(byte[] pattern, int from, int to) {
        byte first = pattern[0];
        int last = to - pattern.length;
        outer:
        for (int i = from; i <= last; i++) {
            if (buf[i] != first) {
                continue;
            }
            for (int j = 1; j < pattern.length; j++) {
                if (buf[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static MizanException malformed(String why) {
        return new MizanException(
                ErrorCode.BAD_REQUEST, "Malformed multipart body: " + why, Map.of("reason", "multipart"));
    }
}
