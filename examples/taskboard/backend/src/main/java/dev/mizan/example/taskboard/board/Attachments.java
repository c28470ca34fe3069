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
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * Files attached to tasks. The upload arrives streamed to a temporary file; it is copied into the
 * board's attachment directory under a name of the server's own, the attachment's id (the client's
 * file name is kept as a label only). The descriptions are rows of the database, read as {@link
 * AttachmentDto} shapes; the bytes are kept on disk for the board's lifetime.
 */
@Service
public class Attachments {

    /** Where an attachment's bytes are kept, with its description. */
    public record Stored(AttachmentDto attachment, Path file) {}

    private final BoardStore store;
    private final ProjectAccess access;
    private final Path directory;

    public Attachments(BoardStore store, ProjectAccess access) throws IOException {
        this.store = store;
        this.access = access;
        this.directory = Files.createTempDirectory("taskboard-attachments-");
    }

    /** The files attached to a task of a project the caller can see, oldest first. */
    @Client(context = "attachments", auth = Auth.REQUIRED, scope = ContextScope.USER)
    public List<AttachmentDto> taskAttachments(long taskId, RequestHandle request) {
        access.requireVisibleTask(taskId, request);
        return store.attachments(taskId);
    }

    /** Attaches a file to a task; stales that task's attachment list (scoped by {@code taskId}). */
    @Client(affects = "attachments", auth = Auth.REQUIRED)
    public AttachmentDto attachFile(long taskId, Upload file, RequestHandle request) throws IOException {
        access.requireVisibleTask(taskId, request);
        long id = store.insertAttachment(taskId, file.safeName(), file.contentType(), file.size());
        try {
            file.transferTo(file(id));
        } catch (IOException | RuntimeException e) {
            store.deleteAttachment(id);
            throw e;
        }
        return store.attachment(id).orElseThrow();
    }

    /** The stored attachment, for the download endpoint. */
    public Optional<Stored> find(long id) {
        return store.attachment(id)
                .map(attachment -> new Stored(attachment, file(id)))
                .filter(stored -> Files.isRegularFile(stored.file()));
    }

    private Path file(long id) {
        return directory.resolve(id + ".bin");
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
