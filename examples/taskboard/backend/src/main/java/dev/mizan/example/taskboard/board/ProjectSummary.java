package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.data.Project;

/** A project as listed in the navigation. */
@Shape(Project.class)
public record ProjectSummary(long id, String name) {}
