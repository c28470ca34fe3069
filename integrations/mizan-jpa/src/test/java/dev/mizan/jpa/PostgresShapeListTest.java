package dev.mizan.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The shape list contract on a real PostgreSQL server, started for this class and stopped after it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresShapeListTest extends ShapeListContract {

    private PostgresServer server;
    private Database db;
    private Shapes shapes;

    @BeforeAll
    void start() throws Exception {
        server = PostgresServer.start();
        db = new Database(server.url(), "mizan");
        db.seed(TASKS);
        shapes = new Shapes(db.emf());
    }

    @AfterAll
    void stop() throws Exception {
        if (db != null) {
            db.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    Database db() {
        return db;
    }

    @Override
    Shapes shapes() {
        return shapes;
    }
}
