package dev.mizan.jpa;

import com.sun.management.ThreadMXBean;
import dev.mizan.jpa.Cards.CommentLine;
import dev.mizan.jpa.Cards.PersonCard;
import dev.mizan.jpa.Cards.TagChip;
import dev.mizan.jpa.Cards.TaskCard;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The shape list benchmark (bench/shapes/run.sh, not a test): 1,000 task cards with an assignee,
 * comments (with their authors) and tags, read three ways from the same H2 data: the shape, entities
 * with default fetching, and hand-written JPQL DTO queries. Statements, p50 time and heap allocated
 * per request. Usage: ShapesBench ROWS WARMUP ITERATIONS
 */
public final class ShapesBench {

    private ShapesBench() {}

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        int warmup = Integer.parseInt(args[1]);
        int iterations = Integer.parseInt(args[2]);
        try (Database db = new Database("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", false)) {
            db.seed(rows * 2);
            Shapes shapes = new Shapes(db.emf());
            Map<String, Supplier<List<TaskCard>>> ways = new java.util.LinkedHashMap<>();
            ways.put("shape", () -> shapes.list(TaskCard.class, Where.none(), Sort.none(), Page.first(rows)));
            ways.put("entities (default fetching)", () -> entities(db, rows));
            ways.put("hand-written JPQL DTO", () -> dto(db, rows));
            List<TaskCard> expected = ways.get("shape").get();
            for (var way : ways.entrySet()) {
                if (!way.getValue().get().equals(expected)) {
                    throw new IllegalStateException(way.getKey() + " reads other cards than the shape");
                }
            }
            System.out.printf(
                    "rows per request: %d, warm-up %d, measured %d requests per way%n%n", rows, warmup, iterations);
            System.out.println("| way | statements | p50 ms | heap allocated per request (MiB) |");
            System.out.println("|---|---|---|---|");
            Map<String, double[]> figures = measure(db, ways, warmup, iterations);
            double[] shape = figures.get("shape");
            double[] dto = figures.get("hand-written JPQL DTO");
            double[] entities = figures.get("entities (default fetching)");
            System.out.printf(
                    "%nmedian ratio shape / hand-written DTO: p50 %.2f×, heap %.2f×%n",
                    shape[1] / dto[1], shape[2] / dto[2]);
            System.out.printf(
                    "median ratio shape / entities: p50 %.3f×, heap %.3f×, statements %.0f vs %.0f%n",
                    shape[1] / entities[1], shape[2] / entities[2], shape[0], entities[0]);
        }
    }

    /**
     * Every way warmed up first, so that no way is measured on a less warmed-up JVM than another (the
     * first way measured used to pay for the JIT of the code all ways share); then each way's requests
     * in one block (alternating ways per request mixes their garbage into each other's heap figures).
     */
    private static Map<String, double[]> measure(
            Database db, Map<String, Supplier<List<TaskCard>>> ways, int warmup, int iterations) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().threadId();
        for (int i = 0; i < warmup; i++) {
            ways.values().forEach(Supplier::get);
        }
        Map<String, double[]> millis = new HashMap<>();
        Map<String, double[]> mib = new HashMap<>();
        Map<String, Long> statements = new HashMap<>();
        for (var way : ways.entrySet()) {
            double[] times = new double[iterations];
            double[] heap = new double[iterations];
            for (int i = 0; i < iterations; i++) {
                db.reset();
                long bytes = threads.getThreadAllocatedBytes(tid);
                long start = System.nanoTime();
                way.getValue().get();
                times[i] = (System.nanoTime() - start) / 1e6;
                heap[i] = (threads.getThreadAllocatedBytes(tid) - bytes) / 1048576.0;
                statements.put(way.getKey(), db.statements());
            }
            millis.put(way.getKey(), times);
            mib.put(way.getKey(), heap);
        }
        Map<String, double[]> figures = new HashMap<>();
        for (String name : ways.keySet()) {
            double p50 = median(millis.get(name));
            double heap = median(mib.get(name));
            System.out.printf("| %s | %d | %.2f | %.2f |%n", name, statements.get(name), p50, heap);
            figures.put(name, new double[] {statements.get(name), p50, heap});
        }
        return figures;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Entities as loaded by default (lazy collections one query per task), mapped to cards. */
    static List<TaskCard> entities(Database db, int rows) {
        EntityManager em = db.emf().createEntityManager();
        try {
            return em
                    .createQuery("select t from Task t order by t.id", Board.Task.class)
                    .setMaxResults(rows)
                    .getResultList()
                    .stream()
                    .map(t -> new TaskCard(
                            t.id,
                            t.title,
                            t.status,
                            t.due,
                            t.priority,
                            t.assignee == null ? null : t.assignee.name,
                            t.assignee == null ? null : new PersonCard(t.assignee.id, t.assignee.name),
                            t.comments.stream()
                                    .sorted(Comparator.comparing(c -> c.id))
                                    .map(c -> new CommentLine(c.id, c.body, c.author == null ? null : c.author.name))
                                    .toList(),
                            t.tags.stream()
                                    .sorted(Comparator.comparing(g -> g.id))
                                    .map(g -> new TagChip(g.label))
                                    .toList(),
                            t.comments.size()))
                    .toList();
        } finally {
            em.close();
        }
    }

    /** Hand-written JPQL: the root with its to-one and count, then comments and tags keyed by task id. */
    static List<TaskCard> dto(Database db, int rows) {
        EntityManager em = db.emf().createEntityManager();
        try {
            List<Tuple> tasks = em.createQuery(
                            "select t.id, t.title, t.status, t.due, t.priority, a.id, a.name,"
                                    + " size(t.comments) from Task t left join t.assignee a order by t.id",
                            Tuple.class)
                    .setMaxResults(rows)
                    .getResultList();
            List<Long> ids = tasks.stream().map(t -> t.get(0, Long.class)).toList();
            Map<Long, List<CommentLine>> comments = new HashMap<>();
            for (Tuple c : em.createQuery(
                            "select c.task.id, c.id, c.body, au.name from Comment c left join c.author au"
                                    + " where c.task.id in :ids order by c.task.id, c.id",
                            Tuple.class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                comments.computeIfAbsent(c.get(0, Long.class), k -> new ArrayList<>())
                        .add(new CommentLine(c.get(1, Long.class), c.get(2, String.class), c.get(3, String.class)));
            }
            Map<Long, List<TagChip>> tags = new HashMap<>();
            for (Tuple g : em.createQuery(
                            "select t.id, g.label from Task t join t.tags g where t.id in :ids"
                                    + " order by t.id, g.id",
                            Tuple.class)
                    .setParameter("ids", ids)
                    .getResultList()) {
                tags.computeIfAbsent(g.get(0, Long.class), k -> new ArrayList<>())
                        .add(new TagChip(g.get(1, String.class)));
            }
            return tasks.stream()
                    .map(t -> {
                        Long id = t.get(0, Long.class);
                        Long assignee = t.get(5, Long.class);
                        return new TaskCard(
                                id,
                                t.get(1, String.class),
                                t.get(2, Board.Status.class),
                                t.get(3, LocalDate.class),
                                t.get(4, Integer.class),
                                t.get(6, String.class),
                                assignee == null ? null : new PersonCard(assignee, t.get(6, String.class)),
                                List.copyOf(comments.getOrDefault(id, List.of())),
                                List.copyOf(tags.getOrDefault(id, List.of())),
                                t.get(7, Integer.class).longValue());
                    })
                    .toList();
        } finally {
            em.close();
        }
    }
}
