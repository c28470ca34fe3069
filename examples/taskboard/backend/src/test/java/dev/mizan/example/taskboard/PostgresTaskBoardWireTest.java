package dev.mizan.example.taskboard;

import dev.mizan.jpa.PostgresServer;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The task board's wire tests ({@link TaskBoardWireTest}) once more with the {@code postgres} profile,
 * against a real PostgreSQL server started for this class (schema.sql, the seed, the shapes and the
 * JPA writes all on PostgreSQL), stopped after them; the application is closed after the class.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PostgresTaskBoardWireTest extends TaskBoardWireTest {

    private static PostgresServer server;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        server = PostgresServer.start();
        registry.add("spring.datasource.url", server::url);
        registry.add("spring.datasource.username", server::user);
        registry.add("spring.datasource.password", () -> "");
    }

    /** The server stops after the tests; the application is closed after it (its pool finds its connections closed). */
    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }
}
