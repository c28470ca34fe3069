package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.data.AppUser;

/** The signed-in user as the UI shows it. */
@Shape(AppUser.class)
public record SessionUser(String username, String displayName, boolean staff, boolean superuser) {}
