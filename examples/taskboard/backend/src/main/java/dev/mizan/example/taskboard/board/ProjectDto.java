package dev.mizan.example.taskboard.board;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.data.Project;

/** A project's own details. */
@Shape(Project.class)
public record ProjectDto(long id, String name, String description) {}
