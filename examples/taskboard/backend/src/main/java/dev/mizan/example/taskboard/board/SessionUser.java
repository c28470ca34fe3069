package dev.mizan.example.taskboard.board;

/** The signed-in user as the UI shows it. */
public record SessionUser(String username, String displayName, boolean staff, boolean superuser) {}
