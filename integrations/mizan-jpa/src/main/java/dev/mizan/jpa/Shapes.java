package dev.mizan.jpa;

import dev.mizan.core.shape.Shape;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Metamodel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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

    private final Metamodel metamodel;
    private final @Nullable EntityManagerFactory emf;
    private final @Nullable EntityManager shared;
    private final Map<Class<?>, ShapeNode> plans = new ConcurrentHashMap<>();

    /** Shapes over the persistence unit of {@code emf}: each list runs on an entity manager of its own. */
    public Shapes(EntityManagerFactory emf) {
        this.metamodel = emf.getMetamodel();
        this.emf = emf;
        this.shared = null;
    }

    private Shapes(EntityManager shared) {
        this.metamodel = shared.getMetamodel();
        this.emf = null;
        this.shared = shared;
    }

    /**
     * Shapes that run on a shared, transaction-aware entity manager (Spring's shared
     * {@code EntityManager}, a container-managed one), never closed here: inside a transaction a list
     * reads through the transaction's own connection and sees its writes (flushed before the
     * statements); outside one the entity manager opens and closes its own.
     */
    public static Shapes shared(EntityManager entityManager) {
        return new Shapes(entityManager);
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
     * Finds every {@code @Shape} record under {@code packages} (and their subpackages) and {@linkplain
     * #validate validates} them: call it at startup, so that a bad shape stops the application.
     */
    public void validatePackages(Collection<String> packages) {
        validate(scan(packages));
    }

    /** The {@code @Shape} records under the packages, sorted by name. */
    static List<Class<?>> scan(Collection<String> packages) {
        try (ScanResult scan = new ClassGraph()
                .enableAnnotationInfo()
                .acceptPackages(packages.toArray(String[]::new))
                .overrideClassLoaders(Thread.currentThread().getContextClassLoader())
                .scan()) {
            return scan.getClassesWithAnnotation(Shape.class).stream()
                    .filter(ClassInfo::isRecord)
                    .<Class<?>>map(ClassInfo::loadClass)
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
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
        if (shared != null) {
            return cast(shape, new ShapeRun(shared).list(node, filters, sort, page));
        }
        EntityManager em = java.util.Objects.requireNonNull(emf).createEntityManager();
        try {
            return cast(shape, new ShapeRun(em).list(node, filters, sort, page));
        } finally {
            em.close();
        }
    }

    private static <T> List<T> cast(Class<T> shape, List<Object> records) {
        return records.stream().map(shape::cast).toList();
    }

    private ShapeNode plan(Class<?> shape) {
        ShapeNode node = plans.get(shape);
        if (node == null) {
            node = ShapePlanner.plan(metamodel, shape);
            plans.put(shape, node);
        }
        return node;
    }
}
