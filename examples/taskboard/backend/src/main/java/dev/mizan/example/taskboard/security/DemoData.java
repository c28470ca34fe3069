package dev.mizan.example.taskboard.security;

import dev.mizan.example.taskboard.data.AppUser;
import dev.mizan.example.taskboard.data.Project;
import dev.mizan.example.taskboard.data.Task;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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

    private final EntityManager em;
    private final PlatformTransactionManager transactions;
    private final PasswordEncoder encoder;
    private final BoardUsers users;
    private final Environment environment;

    DemoData(
            EntityManagerFactory emf,
            PlatformTransactionManager transactions,
            PasswordEncoder encoder,
            BoardUsers users,
            Environment environment) {
        this.em = SharedEntityManagerCreator.createSharedEntityManager(emf);
        this.transactions = transactions;
        this.encoder = encoder;
        this.users = users;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        seedIfEmpty(em, transactions, encoder, users);
        String port = environment.getProperty("local.server.port");
        if (port != null) {
            log.info("Task board ready on http://localhost:{}/", port);
        }
    }

    /**
     * Seeds the database when it has no users yet, and logs the users to sign in with (also for the
     * board on Vert.x, which has no Spring context).
     */
    public static void seedIfEmpty(
            EntityManager em, PlatformTransactionManager transactions, PasswordEncoder encoder, BoardUsers users) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            if (!users.any()) {
                seed(em, encoder);
            }
        });
        log.info("Task board users (username / password):");
        for (Seed seed : USERS) {
            String role = seed.superuser() ? "superuser" : seed.staff() ? "staff" : "member";
            log.info("  {} / {}  ({})", seed.username(), seed.password(), role);
        }
    }

    private static void seed(EntityManager em, PasswordEncoder encoder) {
        Map<String, AppUser> byName = new HashMap<>();
        for (Seed seed : USERS) {
            AppUser user = new AppUser(
                    seed.username(),
                    seed.displayName(),
                    encoder.encode(seed.password()),
                    seed.staff(),
                    seed.superuser());
            em.persist(user);
            byName.put(seed.username(), user);
        }
        project(
                em,
                byName,
                "Website relaunch",
                "New marketing site, live before the spring campaign.",
                List.of("ada", "ben", "cy"),
                List.of("Draft the home page copy", "Pick a hosting plan", "Migrate the blog posts"));
        project(
                em,
                byName,
                "Mobile app",
                "The first release of the customer app.",
                List.of("ada", "ben", "root"),
                List.of("Sketch the onboarding screens", "Set up crash reporting"));
        project(
                em,
                byName,
                "Office move",
                "Everything for the move to the new floor.",
                List.of("ada", "ben", "root"),
                List.of("Book the movers", "Label the desks"));
        log.info("Seeded the task board with {} users and 3 projects", USERS.size());
    }

    private static void project(
            EntityManager em,
            Map<String, AppUser> users,
            String name,
            String description,
            List<String> members,
            List<String> tasks) {
        Project project = new Project(name, description);
        for (String member : members) {
            project.members().add(users.get(member));
        }
        em.persist(project);
        for (String title : tasks) {
            Task task = new Task(project, title, title.equals("Draft the home page copy") ? users.get("ben") : null);
            if (title.equals("Pick a hosting plan")) {
                task.markDone();
            }
            em.persist(task);
        }
    }
}
