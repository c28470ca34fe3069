package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.upload.MultipartStream;
import dev.mizan.core.upload.Upload;
import dev.mizan.core.upload.UploadSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Reads one multipart call in order: part {@code function} (then the guard runs, before any other
 * byte of the body is read), optional part {@code args} (JSON), then one file part per upload
 * (repeated for a list). Files are streamed to temporary files under the limits of
 * {@link UploadSettings}; every temporary file is removed when the call ends.
 */
final class MultipartCall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MultipartCall.class);
    private static final int MAX_FUNCTION_NAME = 256;

    /** What was read: the function's plan, its JSON args and its uploads by parameter. */
    record Read(FunctionPlan plan, @Nullable JsonNode args, Map<String, List<Upload>> uploads) {}

    private final UploadSettings limits;
    private final List<Path> files = new ArrayList<>();

    MultipartCall(UploadSettings limits) {
        this.limits = limits;
    }

    /**
     * Reads the body; {@code resolve} finds and checks (exists, takes uploads, guard passes) the
     * named function before anything past the {@code function} part is read.
     */
    Read read(
            InputStream body,
            @Nullable String contentType,
            Function<String, FunctionPlan> resolve,
            Function<byte[], @Nullable JsonNode> parseArgs)
            throws IOException {
        MultipartStream parts = MultipartStream.of(body, contentType);
        MultipartStream.Part first = parts.next();
        if (first == null || !first.name().equals("function") || first.filename() != null) {
            throw badRequest("The first part of a multipart call must be the text part 'function'", "function");
        }
        String name = text(parts, MAX_FUNCTION_NAME, "function").toString(StandardCharsets.UTF_8);
        FunctionPlan plan = resolve.apply(name);
        Set<String> uploadParams = plan.binder().uploadParams();
        int count = 1;
        JsonNode args = null;
        boolean sawArgs = false;
        boolean sawFile = false;
        long total = 0;
        Map<String, List<Upload>> uploads = new LinkedHashMap<>();
        MultipartStream.Part part;
        while ((part = parts.next()) != null) {
            if (++count > limits.maxParts()) {
                throw tooLarge(
                        "A multipart call may have at most " + limits.maxParts() + " parts",
                        "parts",
                        limits.maxParts(),
                        null);
            }
            if (part.name().equals("args")) {
                if (sawArgs || sawFile || part.filename() != null) {
                    throw badRequest("Part 'args' must be a text part, once, before the files", "args");
                }
                sawArgs = true;
                args = parseArgs.apply(text(parts, limits.maxArgsSize(), "args").toByteArray());
                continue;
            }
            if (!uploadParams.contains(part.name())) {
                throw new MizanException(
                        ErrorCode.BAD_REQUEST,
                        "Part '" + part.name() + "' is not an upload parameter of '" + name + "'",
                        Map.of("part", part.name(), "reason", "unknown_part", "uploads", List.copyOf(uploadParams)));
            }
            if (part.filename() == null) {
                throw badRequest(
                        "Part '" + part.name() + "' must be a file part (with a filename in its Content-Disposition)",
                        part.name());
            }
            List<Upload> forParam = uploads.computeIfAbsent(part.name(), k -> new ArrayList<>());
            if (!forParam.isEmpty() && !plan.binder().takesList(part.name())) {
                throw badRequest("Parameter '" + part.name() + "' takes one file, not several", part.name());
            }
            sawFile = true;
            Upload upload = store(parts, part, total);
            total += upload.size();
            forParam.add(upload);
        }
        return new Read(plan, args, uploads);
    }

    private Upload store(MultipartStream parts, MultipartStream.Part part, long totalBefore) throws IOException {
        Path file = Files.createTempFile(limits.tempDir(), "mizan-upload-", ".part");
        files.add(file);
        long size;
        try (OutputStream out = Files.newOutputStream(file)) {
            size = parts.copyBody(new Limited(out, part.name(), totalBefore));
        } catch (MultipartStream.Refused e) {
            throw e.error();
        }
        return new Upload(part.name(), part.filename(), part.contentType(), size, file);
    }

    private ByteArrayOutputStream text(MultipartStream parts, long max, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            parts.copyBody(new OutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (out.size() + (long) len > max) {
                        throw new MultipartStream.Refused(
                                tooLarge("Part '" + name + "' is larger than " + max + " bytes", "args", max, name));
                    }
                    out.write(b, off, len);
                }
            });
        } catch (MultipartStream.Refused e) {
            throw e.error();
        }
        return out;
    }

    /** Counts a file's bytes against the file and total limits as they arrive. */
    private final class Limited extends OutputStream {
        private final OutputStream out;
        private final String part;
        private final long totalBefore;
        private long written;

        Limited(OutputStream out, String part, long totalBefore) {
            this.out = out;
            this.part = part;
            this.totalBefore = totalBefore;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            written += len;
            if (written > limits.maxFileSize()) {
                throw new MultipartStream.Refused(tooLarge(
                        "File '" + part + "' is larger than " + limits.maxFileSize() + " bytes",
                        "file_size",
                        limits.maxFileSize(),
                        part));
            }
            if (totalBefore + written > limits.maxTotalSize()) {
                throw new MultipartStream.Refused(tooLarge(
                        "The files of this call are larger than " + limits.maxTotalSize() + " bytes together",
                        "total_size",
                        limits.maxTotalSize(),
                        part));
            }
            out.write(b, off, len);
        }
    }

    private static MizanException tooLarge(String message, String limit, long value, @Nullable String part) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("max", value);
        if (part != null) {
            details.put("part", part);
        }
        return new MizanException(ErrorCode.PAYLOAD_TOO_LARGE, message, details);
    }

    private static MizanException badRequest(String message, String part) {
        return new MizanException(ErrorCode.BAD_REQUEST, message, Map.of("part", part, "reason", "multipart"));
    }

    /** Removes every temporary file of the call, whatever happened to it. */
    @Override
    public void close() {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not remove the temporary upload {}", file, e);
            }
        }
    }
}
