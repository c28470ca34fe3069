package dev.mizan.core.upload;

import java.nio.file.Path;

/**
 * The bounds of one multipart call. Over any of them the call is refused with {@code 413
 * PAYLOAD_TOO_LARGE}, its details naming the limit, as soon as the body shows it (the rest of the
 * body is not read).
 *
 * @param maxFileSize bytes one file may have
 * @param maxTotalSize bytes all files of one call may have together
 * @param maxParts parts one call may have, {@code function} and {@code args} included
 * @param maxArgsSize bytes of the {@code args} part (the JSON body limit)
 * @param tempDir where files are streamed to while the call runs
 */
public record UploadSettings(long maxFileSize, long maxTotalSize, int maxParts, long maxArgsSize, Path tempDir) {

    public UploadSettings {
        if (maxFileSize < 0 || maxTotalSize < 0 || maxParts < 2 || maxArgsSize < 2) {
            throw new IllegalArgumentException("upload limits must be positive, and at least two parts");
        }
    }

    /** 100 MiB per file, 200 MiB per call, 16 parts, 1 MiB of args, in the system's temporary directory. */
    public static UploadSettings defaults() {
        return new UploadSettings(100L << 20, 200L << 20, 16, 1L << 20, Path.of(System.getProperty("java.io.tmpdir")));
    }
}
