package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.data.AppUser;

/** Someone on the board, as the team panel shows them to every signed-in user. */
@Shape(AppUser.class)
public record TeamMember(String username, String displayName, boolean staff, String status) {}
