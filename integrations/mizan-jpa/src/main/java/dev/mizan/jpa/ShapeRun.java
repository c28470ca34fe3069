package dev.mizan.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.ParameterExpression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One run of a shape list: the root statement (root and to-one columns, filtered, ordered, paged),
 * then one statement per to-many slot, keyed by the owners' ids; records built bottom-up.
 */
final class ShapeRun {

    private final EntityManager em;
    private final CriteriaBuilder cb;

    ShapeRun(EntityManager em) {
        this.em = em;
        this.cb = em.getCriteriaBuilder();
    }

    /** The records of the root statement. */
    List<Object> list(ShapeNode node, Filters filters, Sort sort, @Nullable Page page) {
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<?> root = query.from(node.entity());
        Statement statement = new Statement(cb);
        Statement.NodeRead reader = statement.bind(node, root);
        query.multiselect(statement.selections());
        List<Predicate> predicates = filters.predicates(cb, query, statement, root);
        if (!predicates.isEmpty()) {
            query.where(predicates.toArray(Predicate[]::new));
        }
        List<Order> orders = new ArrayList<>();
        for (Sort.Key key : sort.keys()) {
            Path<?> path = statement.path(root, filters.column(key.field()).path());
            orders.add(key.descending() ? cb.desc(path) : cb.asc(path));
        }
        orders.add(cb.asc(root.get(node.idName())));
        query.orderBy(orders);
        var typed = em.createQuery(query);
        if (page != null) {
            typed.setFirstResult(Math.toIntExact(page.offset())).setMaxResults(page.size());
        }
        return build(typed.getResultList(), statement, reader);
    }

    /** Runs the to-many statements of {@code statement}'s rows, then builds each row's record. */
    private List<Object> build(List<Tuple> rows, Statement statement, Statement.NodeRead reader) {
        // By identity: a ToManyRead is one object per statement, and its record hash would walk the whole plan per row.
        Map<Statement.ToManyRead, Map<Object, List<Object>>> children = new IdentityHashMap<>();
        for (Statement.ToManyRead many : statement.toManys()) {
            Set<Object> ids = new LinkedHashSet<>();
            for (Tuple row : rows) {
                Object id = row.get(many.ownerIndex());
                if (id != null) {
                    ids.add(id);
                }
            }
            children.put(many, ids.isEmpty() ? Map.of() : children(many, ids));
        }
        List<Object> records = new ArrayList<>(rows.size());
        for (Tuple row : rows) {
            records.add(read(reader, row, children));
        }
        return records;
    }

    /**
     * One statement: the elements of a to-many slot for all owners, as owner id → records. A one-to-many
     * mapped by the element's to-one back to the owner is read from the elements alone, keyed by that
     * foreign key ({@code where e.task.id in (:ids)}); other relations join from the owner.
     */
    private Map<Object, List<Object>> children(Statement.ToManyRead many, Collection<Object> ownerIds) {
        ShapeNode owner = many.owner();
        ShapeNode child = many.slot().child();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        List<ShapeNode.Step> path = many.slot().path();
        Path<?> key;
        From<?, ?> elements;
        PluralAttribute<?, ?, ?> inverse =
                path.size() == 1 ? inverse(owner, path.get(0).name()) : null;
        if (inverse != null) {
            elements = query.from((EntityType<?>) inverse.getElementType());
            key = elements.get(mappedBy(inverse)).get(owner.idName());
        } else {
            Root<?> root = query.from(owner.entity());
            key = root.get(owner.idName());
            From<?, ?> from = root;
            for (ShapeNode.Step step : path) {
                from = from.join(step.name(), JoinType.INNER);
            }
            elements = from;
        }
        Statement statement = new Statement(cb);
        statement.selections().add(key);
        Statement.NodeRead reader = statement.bind(child, elements);
        query.multiselect(statement.selections());
        @SuppressWarnings("rawtypes")
        ParameterExpression<Collection> ids = cb.parameter(Collection.class, "ids");
        query.where(key.in(ids));
        query.orderBy(cb.asc(key), cb.asc(elements.get(child.idName())));
        List<Tuple> rows = em.createQuery(query).setParameter(ids, ownerIds).getResultList();
        List<Object> records = build(rows, statement, reader);
        Map<Object, List<Object>> byOwner = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byOwner.computeIfAbsent(rows.get(i).get(0), k -> new ArrayList<>()).add(records.get(i));
        }
        return byOwner;
    }

    /** The one-to-many {@code name} of the owner when the element's to-one maps it ({@code mappedBy}), else null. */
    private static @Nullable PluralAttribute<?, ?, ?> inverse(ShapeNode owner, String name) {
        if (owner.entity().getAttribute(name) instanceof PluralAttribute<?, ?, ?> plural
                && plural.getPersistentAttributeType() == Attribute.PersistentAttributeType.ONE_TO_MANY
                && plural.getElementType() instanceof EntityType<?>
                && !mappedBy(plural).isEmpty()) {
            return plural;
        }
        return null;
    }

    private static String mappedBy(PluralAttribute<?, ?, ?> plural) {
        return plural.getJavaMember() instanceof AnnotatedElement member
                        && member.getAnnotation(OneToMany.class) instanceof OneToMany oneToMany
                ? oneToMany.mappedBy()
                : "";
    }

    private @Nullable Object read(
            Statement.Reader reader, Tuple row, Map<Statement.ToManyRead, Map<Object, List<Object>>> children) {
        return switch (reader) {
            case Statement.ColumnRead c -> Values.convert(row.get(c.index()), c.type());
            case Statement.ToOneRead t -> row.get(t.idIndex()) == null ? null : read(t.node(), row, children);
            case Statement.ManyRead m ->
                collection(
                        m.read().slot().collection(),
                        children.get(m.read()).getOrDefault(row.get(m.read().ownerIndex()), List.of()));
            case Statement.CutRead c -> null;
            case Statement.NodeRead n -> construct(n, row, children);
        };
    }

    private Object construct(
            Statement.NodeRead node, Tuple row, Map<Statement.ToManyRead, Map<Object, List<Object>>> children) {
        Object[] args = new Object[node.components().size()];
        for (int i = 0; i < args.length; i++) {
            args[i] = read(node.components().get(i), row, children);
        }
        try {
            return node.node().constructor().newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(
                    "cannot build " + node.node().record().getSimpleName(), e);
        }
    }

    private static Collection<Object> collection(Class<?> type, List<Object> elements) {
        return type == Set.class
                ? java.util.Collections.unmodifiableSet(new LinkedHashSet<>(elements))
                : List.copyOf(elements);
    }
}
