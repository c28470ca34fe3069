package dev.mizan.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A file sent as a part of a multipart call (a function with an upload parameter). The content is
 * streamed when the request is sent (a file is never read into memory) and can be sent again, so
 * a call retried after a CSRF renewal or a token refresh sends the same bytes.
 *
 * @param filename the file name the server sees as {@code Upload.filename()} (metadata only)
 * @param contentType the part's content type
 * @param body a fresh publisher of the content per send
 */
public record FileUpload(String filename, String contentType, Supplier<HttpRequest.BodyPublisher> body) {

    /** The default content type. */
    public static final String OCTET_STREAM = "application/octet-stream";

    /** A file on disk, named by its last path segment, its content type guessed from the name. */
    public static FileUpload of(Path file) {
        String contentType;
        try {
            contentType = Files.probeContentType(file);
        } catch (IOException e) {
            contentType = null;
        }
        return of(file, String.valueOf(file.getFileName()), contentType == null ? OCTET_STREAM : contentType);
    }

    /** A file on disk, sent under {@code filename} with {@code contentType}. */
    public static FileUpload of(Path file, String filename, String contentType) {
        return new FileUpload(filename, contentType, () -> {
            try {
                return HttpRequest.BodyPublishers.ofFile(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        });
    }

    /** Bytes in memory, sent under {@code filename} with {@code contentType}. */
    public static FileUpload of(byte[] content, String filename, String contentType) {
        byte[] copy = content.clone();
        return new FileUpload(filename, contentType, () -> HttpRequest.BodyPublishers.ofByteArray(copy));
    }
}
