package dev.mizan.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.shape.ShapeCount;
import dev.mizan.core.shape.ShapeDepth;
import dev.mizan.core.shape.ShapePath;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad shapes fail validation naming the record and the component. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShapeValidationTest {

    @Shape(Board.Task.class)
    record UnknownField(Long id, String titel) {}

    @Shape(Board.Task.class)
    record UnknownPath(@ShapePath("assignee.nam") String assigneeName) {}

    @Shape(Board.Task.class)
    record WrongType(Long id, Integer title) {}

    @Shape(Board.Task.class)
    record PrimitiveForNullable(@ShapePath("assignee.id") long assigneeId) {}

    @Shape(Board.Task.class)
    record RelationAsColumn(String assignee) {}

    @Shape(Board.Task.class)
    record WrongNestedEntity(Cards.TagChip assignee) {}

    @Shape(Board.Task.class)
    record ManyAsOne(Cards.CommentLine comments) {}

    @Shape(Board.Task.class)
    record CountOfColumn(@ShapeCount("title") long titles) {}

    @Shape(Board.Task.class)
    record Cycle(String title, List<Cycle> subtasks) {}

    @Shape(Board.Task.class)
    record ZeroDepth(String title, @ShapeDepth(0) List<ZeroDepth> subtasks) {}

    @Shape(String.class)
    record NotAnEntity(String value) {}

    private Database db;
    private Shapes shapes;

    @BeforeAll
    void start() {
        db = new Database("jdbc:h2:mem:validation;DB_CLOSE_DELAY=-1", "sa");
        shapes = new Shapes(db.emf());
    }

    @AfterAll
    void stop() {
        db.close();
    }

    @Test
    void every_bad_component_is_named_with_its_record() {
        assertThatThrownBy(() -> shapes.validate(List.of(
                        UnknownField.class,
                        UnknownPath.class,
                        WrongType.class,
                        PrimitiveForNullable.class,
                        RelationAsColumn.class,
                        WrongNestedEntity.class,
                        ManyAsOne.class,
                        CountOfColumn.class,
                        Cycle.class,
                        ZeroDepth.class,
                        NotAnEntity.class)))
                .isInstanceOfSatisfying(
                        ShapeException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "UnknownField.titel: 'titel' names no attribute of Task (path 'titel')",
                                        "UnknownPath.assigneeName: 'nam' names no attribute of Person (path 'assignee.nam')",
                                        "WrongType.title: type Integer cannot hold 'title' of type String",
                                        "PrimitiveForNullable.assigneeId: 'assignee.id' may be null; use Long instead of long",
                                        "RelationAsColumn.assignee: 'assignee' is a to-one relation;"
                                                + " read it as a nested @Shape record (or a collection of one)",
                                        "WrongNestedEntity.assignee: TagChip is a shape of Tag, but 'assignee' leads to Person",
                                        "ManyAsOne.comments: 'comments' is a to-many relation; a nested shape needs a to-one relation",
                                        "CountOfColumn.titles: @ShapeCount needs a to-many relation, 'title' is a basic attribute",
                                        "Cycle.subtasks: Cycle contains itself through 'subtasks'; bound the recursion with @ShapeDepth(n)",
                                        "ZeroDepth.subtasks: @ShapeDepth must be at least 1",
                                        "NotAnEntity: java.lang.String is not a JPA entity"));
    }

    @Test
    void good_shapes_pass() {
        shapes.validate(List.of(Cards.TaskCard.class, Cards.TaskTree.class, Cards.CommentLine.class));
    }
}
