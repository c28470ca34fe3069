package dev.mizan.example.taskboard.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds a fresh database with users, projects and tasks, and prints the users to sign in with.
 * It runs once every bean exists and before the web server opens its port, so no request (a
 * sign-in right after the port answers) can arrive before the users do.
 */
@Component
public class DemoData implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** A seeded user; passwords are demo values, listed in the example's README. */
    record Seed(String username, String displayName, String password, boolean staff, boolean superuser) {}

    static final List<Seed> USERS = List.of(
            new Seed("ada", "Ada Lovelace", "ada-pass", true, false),
            new Seed("ben", "Ben Okafor", "ben-pass", false, false),
            new Seed("cy", "Cy Ahmadi", "cy-pass", false, false),
            new Seed("root", "Root Admin", "root-pass", true, true));

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final BoardUsers users;
    private final Environment environment;

    DemoData(JdbcClient jdbc, PasswordEncoder encoder, BoardUsers users, Environment environment) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.users = users;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void afterSingletonsInstantiated() {
        seedIfEmpty(jdbc, encoder, users);
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            log.info("Task board ready on http://localhost:{}/", port);
        }
    }

    /**
     * Seeds the database when it has no users yet, and logs the users to sign in with (also for the
     * board on Vert.x, which has no Spring context).
     */
    public static void seedIfEmpty(JdbcClient jdbc, PasswordEncoder encoder, BoardUsers users) {
        if (!users.any()) {
            seed(jdbc, encoder);
        }
        log.info("Task board users (username / password):");
        for (Seed seed : USERS) {
            String role = seed.superuser() ? "superuser" : seed.staff() ? "staff" : "member";
            log.info("  {} / {}  ({})", seed.username(), seed.password(), role);
        }
    }

    private static void seed(JdbcClient jdbc, PasswordEncoder encoder) {
        for (Seed seed : USERS) {
            jdbc.sql("INSERT INTO app_user (username, display_name, password, staff, superuser) VALUES (?, ?, ?, ?, ?)")
                    .params(
                            seed.username(),
                            seed.displayName(),
                            encoder.encode(seed.password()),
                            seed.staff(),
                            seed.superuser())
                    .update();
        }
        project(
                jdbc,
                "Website relaunch",
                "New marketing site, live before the spring campaign.",
                List.of("ada", "ben", "cy"),
                List.of("Draft the home page copy", "Pick a hosting plan", "Migrate the blog posts"));
        project(
                jdbc,
                "Mobile app",
                "The first release of the customer app.",
                List.of("ada", "ben", "root"),
                List.of("Sketch the onboarding screens", "Set up crash reporting"));
        project(
                jdbc,
                "Office move",
                "Everything for the move to the new floor.",
                List.of("ada", "ben", "root"),
                List.of("Book the movers", "Label the desks"));
        jdbc.sql("UPDATE task SET done = TRUE WHERE title = 'Pick a hosting plan'")
                .update();
        jdbc.sql("UPDATE task SET assignee_id = (SELECT id FROM app_user WHERE username = 'ben')"
                        + " WHERE title = 'Draft the home page copy'")
                .update();
        log.info("Seeded the task board with {} users and 3 projects", USERS.size());
    }

    private static void project(
            JdbcClient jdbc, String name, String description, List<String> members, List<String> tasks) {
        jdbc.sql("INSERT INTO project (name, description) VALUES (?, ?)")
                .params(name, description)
                .update();
        long id = jdbc.sql("SELECT MAX(id) FROM project").query(Long.class).single();
        for (String member : members) {
            jdbc.sql("INSERT INTO project_member (project_id, user_id) SELECT ?, id FROM app_user WHERE username = ?")
                    .params(id, member)
                    .update();
        }
        for (String task : tasks) {
            jdbc.sql("INSERT INTO task (project_id, title) VALUES (?, ?)")
                    .params(id, task)
                    .update();
        }
    }
}
