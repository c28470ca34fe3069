package dev.mizan.example.taskboard.board;

/**
 * A file attached to a task: the client's file name (a label only), its type, its size, and the
 * URL it downloads from.
 */
public record AttachmentDto(long id, long taskId, String name, String contentType, long size, String url) {}
