package dev.mizan.jpa;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * A persistence unit over the test entities on one database, with every SQL statement recorded
 * (Hibernate statistics count them, the inspector keeps their text).
 */
final class Database implements AutoCloseable {

    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** Records each statement Hibernate prepares. */
    public static final class Recorder implements StatementInspector {
        @Override
        public String inspect(String sql) {
            STATEMENTS.add(sql);
            return sql;
        }
    }

    private final SessionFactory factory;
    private final String url;
    private final String user;

    Database(String url, String user) {
        this(url, user, true);
    }

    /** {@code batchFetch} false: Hibernate's default fetching (lazy collections one query per owner). */
    Database(String url, String user, boolean batchFetch) {
        this.url = url;
        this.user = user;
        Configuration configuration = new Configuration()
                .addAnnotatedClass(Board.Person.class)
                .addAnnotatedClass(Board.Tag.class)
                .addAnnotatedClass(Board.Task.class)
                .addAnnotatedClass(Board.Comment.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", user)
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "create-drop")
                .setProperty("hibernate.generate_statistics", "true")
                .setProperty("hibernate.session_factory.statement_inspector", Recorder.class.getName());
        if (batchFetch) {
            // The entity-walking reference of the tests loads lazy collections in batches, to keep them quick.
            configuration.setProperty("hibernate.default_batch_fetch_size", "1000");
        }
        this.factory = configuration.buildSessionFactory();
    }

    EntityManagerFactory emf() {
        return factory;
    }

    /** Statements prepared since the last {@link #reset}. */
    long statements() {
        return factory.getStatistics().getPrepareStatementCount();
    }

    void reset() {
        factory.getStatistics().clear();
        STATEMENTS.clear();
    }

    /**
     * Seeds {@code tasks} tasks: every third unassigned, task i with i % 4 comments (authors
     * rotating, some without), i % 3 tags, every tenth a subtask of the one before it.
     */
    void seed(int tasks) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            batch(c, "insert into person (id, name, email) values (?, ?, ?)", 50, (ps, i) -> {
                ps.setLong(1, i);
                ps.setString(2, "person " + i);
                ps.setString(3, "p" + i + "@example.test");
            });
            batch(c, "insert into tag (id, label) values (?, ?)", 5, (ps, i) -> {
                ps.setLong(1, i);
                ps.setString(2, "tag " + i);
            });
            batch(
                    c,
                    "insert into task (id, title, status, due, priority, description, assignee_id, parent_id)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
                    tasks,
                    (ps, i) -> {
                        ps.setLong(1, i);
                        ps.setString(2, "task " + (tasks - i));
                        ps.setString(3, i % 2 == 0 ? "DONE" : "OPEN");
                        ps.setObject(
                                4,
                                i % 5 == 0
                                        ? null
                                        : java.time.LocalDate.of(2026, 1, 1).plusDays(i % 300));
                        ps.setInt(5, i % 7);
                        ps.setString(6, "a long description nobody asked for " + i);
                        ps.setObject(7, i % 3 == 0 ? null : (long) (i % 50));
                        ps.setObject(8, i % 10 == 0 && i > 0 ? (long) (i - 1) : null);
                    });
            batch(c, "insert into comment (id, body, author_id, task_id) values (?, ?, ?, ?)", tasks * 4, (ps, n) -> {
                int task = n / 4;
                if (n % 4 >= task % 4) {
                    return false;
                }
                ps.setLong(1, n);
                ps.setString(2, "comment " + n);
                ps.setObject(3, n % 5 == 0 ? null : (long) (n % 50));
                ps.setLong(4, task);
                return true;
            });
            batch(c, "insert into task_tag (task_id, tag_id) values (?, ?)", tasks * 3, (ps, n) -> {
                int task = n / 3;
                if (n % 3 >= task % 3) {
                    return false;
                }
                ps.setLong(1, task);
                ps.setLong(2, (task + n) % 5);
                return true;
            });
            c.commit();
        }
    }

    interface Row {
        boolean fill(PreparedStatement ps, int i) throws SQLException;
    }

    interface FullRow {
        void fill(PreparedStatement ps, int i) throws SQLException;
    }

    private static void batch(Connection c, String sql, int count, FullRow row) throws SQLException {
        batch(c, sql, count, (Row) (ps, i) -> {
            row.fill(ps, i);
            return true;
        });
    }

    private static void batch(Connection c, String sql, int count, Row row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (int i = 0; i < count; i++) {
                if (row.fill(ps, i)) {
                    ps.addBatch();
                    pending++;
                }
                if (pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            ps.executeBatch();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
