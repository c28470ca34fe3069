package dev.mizan.core.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One uploaded file, as a server function receives it: a parameter of this type (or a list of it)
 * makes the function's call multipart. The content was streamed to a temporary file, which is
 * removed when the call ends, whether it succeeded or failed: a function that keeps the file copies
 * or moves it ({@link #transferTo}).
 *
 * <p>The client's file name is metadata only: it never becomes part of a path on the server. Use
 * {@link #safeName()} to show it or to derive a name of your own.
 */
public final class Upload {

    private final String param;
    private final String filename;
    private final String contentType;
    private final long size;
    private final Path path;

    /**
     * @param param the parameter (multipart part name) it was sent as
     * @param filename the client's file name, as sent (may be empty); never a path on the server
     * @param contentType the part's declared content type ({@code application/octet-stream} when none)
     * @param size its length in bytes
     * @param path where its bytes are (a temporary file owned by the call)
     */
    public Upload(String param, String filename, String contentType, long size, Path path) {
        this.param = param;
        this.filename = filename;
        this.contentType = contentType;
        this.size = size;
        this.path = path;
    }

    /** The parameter (multipart part name) it was sent as. */
    public String param() {
        return param;
    }

    /** The client's file name exactly as sent, possibly empty or with path separators: metadata only. */
    public String filename() {
        return filename;
    }

    /**
     * The client's file name reduced to something safe to show or store as a label: its last path
     * segment, without control characters, never {@code .} or {@code ..}; {@code "upload"} when
     * nothing is left.
     */
    public String safeName() {
        return safeName(filename);
    }

    /** The reduction of {@link #safeName()} for any client-given name. */
    public static String safeName(@Nullable String name) {
        if (name == null) {
            return "upload";
        }
        String last = name;
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        if (slash >= 0) {
            last = last.substring(slash + 1);
        }
        StringBuilder out = new StringBuilder(last.length());
        last.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != ':' && c != '\u2028' && c != '\u2029')
                .forEach(out::appendCodePoint);
        String cleaned = out.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            return "upload";
        }
        return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
    }

    /** The declared content type, lower case, without parameters ({@code application/octet-stream} when none). */
    public String contentType() {
        return contentType;
    }

    /** Its length in bytes. */
    public long size() {
        return size;
    }

    /** Whether it is empty (zero bytes). */
    public boolean isEmpty() {
        return size == 0;
    }

    /** The temporary file holding its bytes; valid until the call ends. */
    public Path path() {
        return path;
    }

    /** A fresh stream over its bytes; the caller closes it. */
    public InputStream open() throws IOException {
        return Files.newInputStream(path);
    }

    /** All its bytes in memory: only for files known to be small. */
    public byte[] bytes() throws IOException {
        return Files.readAllBytes(path);
    }

    /** Copies it to {@code target} (replacing what is there), for a function that keeps the file. */
    public void transferTo(Path target) throws IOException {
        Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public String toString() {
        return "Upload[" + param + ", " + size + " bytes, " + contentType.toLowerCase(Locale.ROOT) + "]";
    }
}
