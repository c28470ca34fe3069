package dev.mizan.jpa;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A client's {@link Where} and {@link Sort} checked against a shape: only the shape's own column
 * fields may be named, values must parse as the attribute's type, and every value is bound as a
 * parameter. Anything else is a {@code BAD_REQUEST}, before a statement is built.
 */
final class Filters {

    private final ShapeNode node;
    private final Where where;

    private Filters(ShapeNode node, Where where) {
        this.node = node;
        this.where = where;
    }

    static Filters check(ShapeNode node, Where where, Sort sort) {
        Filters filters = new Filters(node, where);
        for (Sort.Key key : sort.keys()) {
            filters.sortable(key.field());
        }
        for (Where.Condition condition : where.conditions()) {
            ShapeNode.Column column = filters.filterable(condition.field());
            filters.value(condition, column);
        }
        return filters;
    }

    /** The column slot behind a checked field name. */
    ShapeNode.Column column(String field) {
        return (ShapeNode.Column) node.slot(field);
    }

    private void sortable(String field) {
        if (!(node.slot(field) instanceof ShapeNode.Column column) || !comparable(column.type())) {
            throw Sort.bad(
                    "'" + field + "' is not a sortable field of "
                            + node.record().getSimpleName(),
                    field);
        }
    }

    private ShapeNode.Column filterable(String field) {
        if (!(node.slot(field) instanceof ShapeNode.Column column) || !Values.parsable(column.type())) {
            throw Where.bad(
                    "'" + field + "' is not a filterable field of "
                            + node.record().getSimpleName(),
                    field);
        }
        return column;
    }

    private Object value(Where.Condition condition, ShapeNode.Column column) {
        Class<?> type = Values.boxed(column.type());
        switch (condition.op()) {
            case NULL, NOTNULL -> {
                return "";
            }
            case LIKE -> {
                if (type != String.class) {
                    throw Where.bad("like applies to text fields only", condition.field());
                }
                return condition.value();
            }
            case LT, LTE, GT, GTE -> {
                if (!comparable(type) || type == Boolean.class) {
                    throw Where.bad("'" + condition.field() + "' cannot be compared by order", condition.field());
                }
            }
            case EQ, NE -> {}
        }
        try {
            return Values.parse(condition.value(), type);
        } catch (IllegalArgumentException e) {
            throw Where.bad(
                    "'" + condition.field() + "' takes a " + type.getSimpleName() + " value", condition.field());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Predicate> predicates(CriteriaBuilder cb, Statement statement, Root<?> root) {
        List<Predicate> predicates = new ArrayList<>();
        for (Where.Condition condition : where.conditions()) {
            ShapeNode.Column column = column(condition.field());
            Path path = statement.path(root, column.path());
            Object value = value(condition, column);
            predicates.add(
                    switch (condition.op()) {
                        case EQ -> cb.equal(path, cb.literal(value));
                        case NE -> cb.notEqual(path, cb.literal(value));
                        case LT -> cb.lessThan(path, (Comparable) value);
                        case LTE -> cb.lessThanOrEqualTo(path, (Comparable) value);
                        case GT -> cb.greaterThan(path, (Comparable) value);
                        case GTE -> cb.greaterThanOrEqualTo(path, (Comparable) value);
                        case LIKE -> cb.like(cb.lower((Expression<String>) path), like((String) value), '\\');
                        case NULL -> cb.isNull(path);
                        case NOTNULL -> cb.isNotNull(path);
                    });
        }
        return predicates;
    }

    private static String like(String text) {
        String escaped = text.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static boolean comparable(Class<?> type) {
        return Comparable.class.isAssignableFrom(Values.boxed(type));
    }
}
