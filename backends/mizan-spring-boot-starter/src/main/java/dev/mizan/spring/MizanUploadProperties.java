package dev.mizan.spring;

import dev.mizan.core.upload.UploadSettings;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mizan.uploads.*} properties: the limits of multipart calls to functions that take
 * uploads. Over a limit the call is refused with 413 PAYLOAD_TOO_LARGE as soon as the body shows it.
 */
public class MizanUploadProperties {

    /** Largest accepted file. */
    private DataSize maxFileSize = DataSize.ofMegabytes(100);

    /** Largest accepted sum of the files of one call. */
    private DataSize maxTotalSize = DataSize.ofMegabytes(200);

    /** Most parts one multipart call may have, 'function' and 'args' included. */
    private int maxParts = 16;

    /** Where files are streamed to while the call runs (the system's temporary directory when unset). */
    private @Nullable Path tempDir;

    public DataSize getMaxFileSize() {
        return maxFileSize;
    }

    public void setMaxFileSize(DataSize maxFileSize) {
        this.maxFileSize = maxFileSize;
    }

    public DataSize getMaxTotalSize() {
        return maxTotalSize;
    }

    public void setMaxTotalSize(DataSize maxTotalSize) {
        this.maxTotalSize = maxTotalSize;
    }

    public int getMaxParts() {
        return maxParts;
    }

    public void setMaxParts(int maxParts) {
        this.maxParts = maxParts;
    }

    public @Nullable Path getTempDir() {
        return tempDir;
    }

    public void setTempDir(@Nullable Path tempDir) {
        this.tempDir = tempDir;
    }

    /** The core's settings; the {@code args} part is bounded by the JSON body limit. */
    UploadSettings settings(DataSize bodyLimit) {
        return new UploadSettings(
                maxFileSize.toBytes(),
                maxTotalSize.toBytes(),
                maxParts,
                bodyLimit.toBytes(),
                tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir")));
    }
}
