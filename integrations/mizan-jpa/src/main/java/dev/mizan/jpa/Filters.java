package dev.mizan.jpa;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.ManagedType;
import jakarta.persistence.metamodel.PluralAttribute;
import jakarta.persistence.metamodel.SingularAttribute;
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
    private final List<ScopePath> scopes = new ArrayList<>();

    /** A server scope resolved against the entity: its steps, whether one is to-many, and its value. */
    private record ScopePath(List<ShapeNode.Step> steps, boolean throughMany, Object value) {}

    private Filters(ShapeNode node, Where where) {
        this.node = node;
        this.where = where;
    }

    static Filters check(ShapeNode node, Where where, Sort sort) {
        Filters filters = new Filters(node, where);
        for (Where.Scope scope : where.scopes()) {
            filters.scopes.add(resolve(node, scope));
        }
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

    /** A server scope's path checked against the entity's metamodel; an {@link IllegalArgumentException} if it is wrong. */
    private static ScopePath resolve(ShapeNode node, Where.Scope scope) {
        String where = "scope '" + scope.path() + "' of " + node.record().getSimpleName() + ": ";
        ManagedType<?> type = node.entity();
        Attribute<?, ?> attribute = null;
        boolean many = false;
        List<ShapeNode.Step> steps = new ArrayList<>();
        for (String name : scope.path().split("\\.", -1)) {
            if (type == null) {
                throw new IllegalArgumentException(
                        where + "goes on past the basic attribute '" + attribute.getName() + "'");
            }
            try {
                attribute = type.getAttribute(name);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalArgumentException(
                        where + "'" + name + "' names no attribute of "
                                + type.getJavaType().getSimpleName(),
                        unknown);
            }
            steps.add(new ShapeNode.Step(name, attribute.isAssociation()));
            if (attribute instanceof PluralAttribute<?, ?, ?> plural) {
                many = true;
                type = plural.getElementType() instanceof ManagedType<?> managed ? managed : null;
            } else {
                type = attribute instanceof SingularAttribute<?, ?> singular
                                && singular.getType() instanceof ManagedType<?> managed
                        ? managed
                        : null;
            }
        }
        if (attribute == null || attribute.getPersistentAttributeType() != Attribute.PersistentAttributeType.BASIC) {
            throw new IllegalArgumentException(where + "a scope ends on a basic attribute");
        }
        if (!Values.boxed(attribute.getJavaType()).isInstance(scope.value())) {
            throw new IllegalArgumentException(where + "a "
                    + scope.value().getClass().getSimpleName() + " value cannot equal an attribute of type "
                    + attribute.getJavaType().getSimpleName());
        }
        return new ScopePath(List.copyOf(steps), many, scope.value());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    List<Predicate> predicates(CriteriaBuilder cb, AbstractQuery<?> query, Statement statement, Root<?> root) {
        List<Predicate> predicates = new ArrayList<>();
        for (ScopePath scope : scopes) {
            predicates.add(
                    scope.throughMany()
                            ? exists(cb, query, root, scope)
                            : cb.equal(statement.path(root, scope.steps()), scope.value()));
        }
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

    /** A scope through a to-many relation: some element of the row's relation matches (a correlated subquery). */
    @SuppressWarnings("rawtypes")
    private static Predicate exists(CriteriaBuilder cb, AbstractQuery<?> query, Root<?> root, ScopePath scope) {
        Subquery<Integer> subquery = query.subquery(Integer.class);
        Path<?> current = subquery.correlate(root);
        List<ShapeNode.Step> steps = scope.steps();
        for (int i = 0; i < steps.size() - 1; i++) {
            ShapeNode.Step step = steps.get(i);
            current = step.association() ? ((From<?, ?>) current).join(step.name()) : current.get(step.name());
        }
        Path last = current.get(steps.get(steps.size() - 1).name());
        return cb.exists(subquery.select(cb.literal(1)).where(cb.equal(last, scope.value())));
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
