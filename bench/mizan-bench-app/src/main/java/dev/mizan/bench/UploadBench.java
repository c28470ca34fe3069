package dev.mizan.bench;

import dev.mizan.core.Client;
import dev.mizan.core.upload.Upload;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Uploads for bench/run: the Mizan function {@code store_upload} (a multipart call, the file
 * streamed to a temporary file by the dispatcher) against {@code POST /plain/upload}, a plain
 * controller that streams the raw request body to a temporary file itself.
 */
public final class UploadBench {

    private UploadBench() {}

    /** The Mizan side: the function receives the stored file and answers its size. */
    @Service
    public static class Functions {
        @Client
        public long storeUpload(Upload file) {
            return file.size();
        }
    }

    /** The reference: the same bytes streamed to a temporary file by hand, then removed. */
    @RestController
    public static class Plain {
        @PostMapping("/plain/upload")
        public long upload(HttpServletRequest request) throws IOException {
            Path file = Files.createTempFile("plain-upload-", ".part");
            try (InputStream in = request.getInputStream()) {
                return Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
