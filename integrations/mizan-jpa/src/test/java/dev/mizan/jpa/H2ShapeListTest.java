package dev.mizan.jpa;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/** The shape list contract on H2 (the embedded default). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class H2ShapeListTest extends ShapeListContract {

    private Database db;
    private Shapes shapes;

    @BeforeAll
    void start() throws Exception {
        db = new Database("jdbc:h2:mem:shapes;DB_CLOSE_DELAY=-1", "sa");
        db.seed(TASKS);
        shapes = new Shapes(db.emf());
    }

    @AfterAll
    void stop() {
        db.close();
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
