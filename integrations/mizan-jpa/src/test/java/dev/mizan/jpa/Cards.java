package dev.mizan.jpa;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapeCount;
import dev.mizan.core.shape.ShapeDepth;
import dev.mizan.core.shape.ShapePath;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The test shapes. */
final class Cards {

    private Cards() {}

    @Shape(Board.Person.class)
    record PersonCard(Long id, String name) {}

    @Shape(Board.Comment.class)
    record CommentLine(
            Long id,
            String body,
            @ShapePath("author.name") @Nullable String author) {}

    @Shape(Board.Tag.class)
    record TagChip(String label) {}

    /** A task card: columns, a path through the to-one, a nested to-one, two to-many and a count. */
    @Shape(Board.Task.class)
    record TaskCard(
            Long id,
            String title,
            Board.Status status,
            @Nullable LocalDate due,
            int priority,
            @ShapePath("assignee.name") @Nullable String assigneeName,
            @Nullable PersonCard assignee,
            List<CommentLine> comments,
            List<TagChip> tags,
            @ShapeCount("comments") long commentCount) {}

    /** A recursive shape with a depth bound. */
    @Shape(Board.Task.class)
    record TaskTree(String title, @ShapeDepth(2) @Nullable List<TaskTree> subtasks) {}
}
