package dev.mizan.example.taskboard.board;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /attachments/{id}}: downloads an attachment, for members of its task's project (and
 * superusers); anyone else gets the 404 an unknown id gets.
 */
@RestController
public class AttachmentDownloads {

    private final Attachments attachments;
    private final ProjectAccess access;

    public AttachmentDownloads(Attachments attachments, ProjectAccess access) {
        this.attachments = attachments;
        this.access = access;
    }

    @GetMapping("/attachments/{id}")
    public ResponseEntity<Resource> download(@PathVariable long id, Authentication signedIn) {
        boolean superuser = signedIn.getAuthorities().stream().anyMatch(a -> "ROLE_SUPERUSER".equals(a.getAuthority()));
        return attachments
                .find(id)
                .filter(stored -> access.taskVisible(stored.attachment().taskId(), signedIn.getName(), superuser))
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
