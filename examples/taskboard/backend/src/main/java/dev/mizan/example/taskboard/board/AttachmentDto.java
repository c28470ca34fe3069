package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapePath;
import dev.mizan.example.taskboard.data.Attachment;

/**
 * A file attached to a task: the client's file name (a label only), its type, its size, and the
 * URL it downloads from.
 */
@Shape(Attachment.class)
public record AttachmentDto(
        long id, @ShapePath("task.id") long taskId, String name, String contentType, long size, String url) {}
