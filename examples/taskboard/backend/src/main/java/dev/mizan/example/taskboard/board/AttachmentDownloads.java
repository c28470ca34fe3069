package dev.mizan.example.taskboard.board;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /attachments/{id}}: downloads an attachment (signed-in users, as every page). */
@RestController
public class AttachmentDownloads {

    private final Attachments attachments;

    public AttachmentDownloads(Attachments attachments) {
        this.attachments = attachments;
    }

    @GetMapping("/attachments/{id}")
    public ResponseEntity<Resource> download(@PathVariable long id) {
        return attachments
                .find(id)
                .map(stored -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment()
                                        .filename(stored.attachment().name(), StandardCharsets.UTF_8)
                                        .build()
                                        .toString())
                        .<Resource>body(new FileSystemResource(stored.file())))
                .orElse(ResponseEntity.notFound().build());
    }
}
