package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.data.AppUser;

/** A member of a project. */
@Shape(AppUser.class)
public record MemberDto(String username, String displayName, boolean staff) {}
