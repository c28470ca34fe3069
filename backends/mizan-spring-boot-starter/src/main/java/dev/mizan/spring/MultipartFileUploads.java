package dev.mizan.spring;

import dev.mizan.core.upload.Upload;
import dev.mizan.core.upload.UploadConverter;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * Lets a server function take Spring's {@link MultipartFile} where it would take an {@link Upload}:
 * a view over the same temporary file (registered through {@link java.util.ServiceLoader}).
 */
public final class MultipartFileUploads implements UploadConverter {

    @Override
    public Class<?> type() {
        return MultipartFile.class;
    }

    @Override
    public Object convert(Upload upload) {
        return new View(upload);
    }

    private record View(Upload upload) implements MultipartFile {

        @Override
        public String getName() {
            return upload.param();
        }

        @Override
        public @Nullable String getOriginalFilename() {
            return upload.filename();
        }

        @Override
        public String getContentType() {
            return upload.contentType();
        }

        @Override
        public boolean isEmpty() {
            return upload.isEmpty();
        }

        @Override
        public long getSize() {
            return upload.size();
        }

        @Override
        public byte[] getBytes() throws IOException {
            return upload.bytes();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return upload.open();
        }

        @Override
        public void transferTo(File dest) throws IOException {
            upload.transferTo(dest.toPath());
        }

        @Override
        public void transferTo(Path dest) throws IOException {
            upload.transferTo(dest);
        }
    }
}
