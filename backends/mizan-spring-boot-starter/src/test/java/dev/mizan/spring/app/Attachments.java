package dev.mizan.spring.app;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.upload.Upload;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/** Functions that take uploads: one file, a list, Spring's MultipartFile, guarded, failing. */
@Service
public class Attachments {

    /** What a function saw of one upload; {@code path} is the temporary file (for removal checks). */
    public record Seen(
            String param,
            String filename,
            String safeName,
            String contentType,
            long size,
            String sha256,
            String path) {}

    public record Noted(String note, int copies, Seen file) {}

    /** The temporary paths seen by calls that failed, by test key. */
    public static final Map<String, String> FAILED_PATHS = new ConcurrentHashMap<>();

    @Client(auth = Auth.PUBLIC)
    public Noted attach(Upload file, String note, @Min(1) int copies) throws IOException {
        return new Noted(note, copies, seen(file));
    }

    @Client(auth = Auth.PUBLIC)
    public List<Seen> attachMany(List<Upload> files) throws IOException {
        return files.stream().map(Attachments::seenUnchecked).toList();
    }

    @Client(auth = Auth.PUBLIC)
    public String attachOptional(@Nullable Upload file) {
        return file == null ? "none" : file.safeName();
    }

    @Client(auth = Auth.PUBLIC)
    public Seen attachSpring(MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return new Seen(
                    file.getName(),
                    String.valueOf(file.getOriginalFilename()),
                    Upload.safeName(file.getOriginalFilename()),
                    String.valueOf(file.getContentType()),
                    file.getSize(),
                    sha256(in),
                    "");
        }
    }

    @Client(auth = Auth.REQUIRED)
    public Seen attachGuarded(Upload file) throws IOException {
        return seen(file);
    }

    @Client(auth = Auth.STAFF)
    public Seen attachStaff(Upload file) throws IOException {
        return seen(file);
    }

    @Client(auth = Auth.PUBLIC)
    public String attachFailing(Upload file, String key) {
        FAILED_PATHS.put(key, file.path().toString());
        throw new IllegalStateException("storage is down");
    }

    private static Seen seenUnchecked(Upload u) {
        try {
            return seen(u);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Seen seen(Upload u) throws IOException {
        if (!Files.exists(u.path())) {
            throw new IllegalStateException("the temporary file is missing during the call");
        }
        try (InputStream in = u.open()) {
            return new Seen(
                    u.param(),
                    u.filename(),
                    u.safeName(),
                    u.contentType(),
                    u.size(),
                    sha256(in),
                    u.path().toString());
        }
    }

    private static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) >= 0) {
                digest.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
