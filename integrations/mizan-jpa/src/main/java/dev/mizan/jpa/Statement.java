package dev.mizan.jpa;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Selection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The selections of one SQL statement: the columns of a node and of its to-one nested nodes,
 * each selected once, with a reader per node that turns a row back into the record.
 */
final class Statement {

    private final CriteriaBuilder cb;
    private final List<Selection<?>> selections = new ArrayList<>();
    private final Map<From<?, ?>, Map<String, From<?, ?>>> joins = new HashMap<>();
    private final List<ToManyRead> toManys = new ArrayList<>();

    Statement(CriteriaBuilder cb) {
        this.cb = cb;
    }

    /** A to-many slot of this statement: the owner's id column and the plan of its elements. */
    record ToManyRead(int ownerIndex, ShapeNode owner, ShapeNode.ToMany slot) {}

    /** Reads one component (or one whole nested record) from a row. */
    sealed interface Reader {}

    record ColumnRead(int index, Class<?> type) implements Reader {}

    record ToOneRead(int idIndex, NodeRead node) implements Reader {}

    record ManyRead(ToManyRead read) implements Reader {}

    record CutRead() implements Reader {}

    record NodeRead(ShapeNode node, List<Reader> components) implements Reader {}

    List<Selection<?>> selections() {
        return selections;
    }

    List<ToManyRead> toManys() {
        return toManys;
    }

    /** Adds the columns of {@code node} read from {@code from}; the reader of its records. */
    NodeRead bind(ShapeNode node, From<?, ?> from) {
        List<Reader> readers = new ArrayList<>();
        Integer idIndex = null;
        for (ShapeNode.Slot slot : node.slots()) {
            Reader reader = switch (slot) {
                case ShapeNode.Column c -> new ColumnRead(select(path(from, c.path())), c.type());
                case ShapeNode.Count c -> new ColumnRead(select(cb.size(collection(from, c.path()))), c.type());
                case ShapeNode.ToOne t -> {
                    From<?, ?> joined = join(from, t.path());
                    yield new ToOneRead(select(joined.get(t.child().idName())), bind(t.child(), joined));
                }
                case ShapeNode.ToMany m -> {
                    if (idIndex == null) {
                        idIndex = select(from.get(node.idName()));
                    }
                    ToManyRead read = new ToManyRead(idIndex, node, m);
                    toManys.add(read);
                    yield new ManyRead(read);
                }
                case ShapeNode.Cut c -> new CutRead();
            };
            readers.add(reader);
        }
        return new NodeRead(node, readers);
    }

    /** The expression of a column path from {@code from}, joining its to-one steps (left joins, shared). */
    Path<?> path(From<?, ?> from, List<ShapeNode.Step> path) {
        Path<?> current = from;
        for (int i = 0; i < path.size() - 1; i++) {
            ShapeNode.Step step = path.get(i);
            current = step.association() && current instanceof From<?, ?> f
                    ? join(f, List.of(step))
                    : current.get(step.name());
        }
        return current.get(path.get(path.size() - 1).name());
    }

    @SuppressWarnings("unchecked")
    private Expression<java.util.Collection<?>> collection(From<?, ?> from, List<ShapeNode.Step> path) {
        return (Expression<java.util.Collection<?>>) (Expression<?>) path(from, path);
    }

    /** The left join of a to-one path from {@code from} (each step joined once). */
    From<?, ?> join(From<?, ?> from, List<ShapeNode.Step> path) {
        From<?, ?> current = from;
        for (ShapeNode.Step step : path) {
            From<?, ?> owner = current;
            current = joins.computeIfAbsent(owner, k -> new HashMap<>())
                    .computeIfAbsent(step.name(), s -> owner.join(s, JoinType.LEFT));
        }
        return current;
    }

    private int select(Selection<?> selection) {
        selections.add(selection);
        return selections.size() - 1;
    }
}
