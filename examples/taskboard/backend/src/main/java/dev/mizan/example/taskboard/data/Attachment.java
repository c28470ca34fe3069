package dev.mizan.example.taskboard.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a task: the client's file name (a label only), its type and size. The bytes are
 * kept on disk under the attachment's id; {@code url} is where they download from.
 */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id", nullable = false)
    private @Nullable Task task;

    @Column(name = "name", nullable = false)
    private String name = "";

    @Column(name = "content_type", nullable = false)
    private String contentType = "";

    @Column(name = "byte_size", nullable = false)
    private long size;

    /** The download URL, computed by the database from the id. */
    @Formula("'/attachments/' || id")
    private @Nullable String url;

    protected Attachment() {}

    public Attachment(Task task, String name, String contentType, long size) {
        this.task = task;
        this.name = name;
        this.contentType = contentType;
        this.size = size;
    }

    public @Nullable Long id() {
        return id;
    }
}
