package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.upload.Upload;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Files attached to tasks. The upload arrives streamed to a temporary file; it is copied into the
 * board's attachment directory under a name of the server's own (the client's file name is kept as
 * a label only). Kept in memory and on disk for the demo's lifetime.
 */
@Service
public class Attachments {

    /** Where an attachment's bytes are kept, with its description. */
    public record Stored(AttachmentDto attachment, Path file) {}

    private final BoardStore store;
    private final ProjectAccess access;
    private final Path directory;
    private final Map<Long, Stored> byId = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    public Attachments(BoardStore store, ProjectAccess access) throws IOException {
        this.store = store;
        this.access = access;
        this.directory = Files.createTempDirectory("taskboard-attachments-");
    }

    /** The files attached to a task of a project the caller can see, oldest first. */
    @Client(context = "attachments", auth = Auth.REQUIRED, scope = ContextScope.USER)
    public List<AttachmentDto> taskAttachments(long taskId, RequestHandle request) {
        access.requireVisibleTask(taskId, request);
        return byId.values().stream()
                .map(Stored::attachment)
                .filter(a -> a.taskId() == taskId)
                .sorted(Comparator.comparingLong(AttachmentDto::id))
                .toList();
    }

    /** Attaches a file to a task; stales that task's attachment list (scoped by {@code taskId}). */
    @Client(affects = "attachments", auth = Auth.REQUIRED)
    public AttachmentDto attachFile(long taskId, Upload file, RequestHandle request) throws IOException {
        access.requireVisibleTask(taskId, request);
        long id = ids.incrementAndGet();
        Path kept = directory.resolve(id + ".bin");
        file.transferTo(kept);
        AttachmentDto attachment =
                new AttachmentDto(id, taskId, file.safeName(), file.contentType(), file.size(), "/attachments/" + id);
        byId.put(id, new Stored(attachment, kept));
        return attachment;
    }

    /** The stored attachment, for the download endpoint. */
    public Optional<Stored> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @PreDestroy
    public void removeFiles() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(directory);
    }
}
