package dev.mizan.example.taskboard.board;

/** Someone on the board, as the team panel shows them to every signed-in user. */
public record TeamMember(String username, String displayName, boolean staff, String status) {}
