package dev.mizan.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads shape records from JPA: {@code shapes.list(TaskCard.class, where, sort, page)} runs one
 * statement for the root rows and their to-one columns, then one per to-many relation of each
 * level, keyed by the parent ids: the same number of statements for 1 row as for 10,000. Only the
 * columns a shape names are selected (plus the ids that key nested collections); no entity is loaded.
 */
public final class Shapes {

    private final EntityManagerFactory emf;
    private final Map<Class<?>, ShapeNode> plans = new ConcurrentHashMap<>();

    /** Shapes over the persistence unit of {@code emf}. */
    public Shapes(EntityManagerFactory emf) {
        this.emf = emf;
    }

    /**
     * Checks shape records against the entities and prepares their plans; a {@link ShapeException}
     * names every bad record component (unknown attribute, incompatible type, unbounded cycle).
     */
    public void validate(Collection<Class<?>> shapes) {
        List<String> problems = new ArrayList<>();
        for (Class<?> shape : shapes) {
            try {
                plan(shape);
            } catch (ShapeException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new ShapeException(problems);
        }
    }

    /**
     * One page of {@code shape} records matching the client's {@code where}, ordered by {@code sort}
     * (then by id). A filter or sort naming anything but a column field of the shape, or a value that
     * does not parse, is a {@code BAD_REQUEST} {@link dev.mizan.core.MizanException}.
     */
    public <T> List<T> list(Class<T> shape, Where where, Sort sort, Page page) {
        return run(shape, where, sort, page);
    }

    /** Every {@code shape} record matching {@code where}, unpaged: for server code, never client-sized input. */
    public <T> List<T> all(Class<T> shape, Where where, Sort sort) {
        return run(shape, where, sort, null);
    }

    private <T> List<T> run(Class<T> shape, Where where, Sort sort, @Nullable Page page) {
        ShapeNode node = plan(shape);
        Filters filters = Filters.check(node, where, sort);
        EntityManager em = emf.createEntityManager();
        try {
            List<Object> records = new ShapeRun(em).list(node, filters, sort, page);
            return records.stream().map(shape::cast).toList();
        } finally {
            em.close();
        }
    }

    private ShapeNode plan(Class<?> shape) {
        ShapeNode node = plans.get(shape);
        if (node == null) {
            node = ShapePlanner.plan(emf.getMetamodel(), shape);
            plans.put(shape, node);
        }
        return node;
    }
}
