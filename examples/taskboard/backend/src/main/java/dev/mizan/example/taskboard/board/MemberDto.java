package dev.mizan.example.taskboard.board;

/** A member of a project. */
public record MemberDto(String username, String displayName, boolean staff) {}
