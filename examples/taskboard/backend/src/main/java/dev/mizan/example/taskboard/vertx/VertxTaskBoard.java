package dev.mizan.example.taskboard.vertx;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.mizan.core.MizanUser;
import dev.mizan.core.cache.CacheSettings;
import dev.mizan.core.types.WireDefaults;
import dev.mizan.example.taskboard.board.Attachments;
import dev.mizan.example.taskboard.board.BoardReads;
import dev.mizan.example.taskboard.board.BoardStore;
import dev.mizan.example.taskboard.board.FreshTitle;
import dev.mizan.example.taskboard.board.ProjectAccess;
import dev.mizan.example.taskboard.board.TaskEdits;
import dev.mizan.example.taskboard.board.TeamBoard;
import dev.mizan.example.taskboard.security.BoardUsers;
import dev.mizan.example.taskboard.security.DemoData;
import dev.mizan.example.taskboard.security.SignInHtml;
import dev.mizan.jpa.Shapes;
import dev.mizan.vertx.Mizan;
import io.vertx.core.Vertx;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.SessionHandler;
import io.vertx.ext.web.sstore.LocalSessionStore;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The task board on Vert.x: the board's {@code @Client} objects ({@link BoardReads}, {@link
 * TaskEdits}, {@link Attachments}, {@link TeamBoard}) registered explicitly on the Mizan Vert.x adapter under {@code
 * /api/mizan}, the same origin cache, edge, live updates and wire settings as the Spring Boot app,
 * and the same React build served at {@code /} (with the Vue and Svelte ones at {@code /vue/} and
 * {@code /svelte/}). Sign-in is a form at {@code /login} over Vert.x's own session; the database is
 * the same in-memory H2 with the same schema and seed. There is no Spring context: the store gets
 * the same JPA persistence unit and shapes, built by hand over a pool, and the {@code @Transactional}
 * of {@link TaskEdits} and {@link BoardStore} is applied by transaction proxies.
 *
 * <p>Run from the example's jar: {@code java -Dloader.main=dev.mizan.example.taskboard.vertx.VertxTaskBoard
 * -cp mizan-example-taskboard-0.1.0-SNAPSHOT.jar org.springframework.boot.loader.launch.PropertiesLauncher
 * [--server.port=8080] [--server.address=127.0.0.1]}.
 */
public final class VertxTaskBoard implements AutoCloseable {

    /**
     * Bean Validation with the board's own validators: {@link FreshTitle} looks titles up in the store
     * (Spring injects it there; here the factory does). Messages come from {@code ValidationMessages*.properties}.
     */
    private static jakarta.validation.Validator validator(BoardStore store) {
        jakarta.validation.Configuration<?> config =
                jakarta.validation.Validation.byDefaultProvider().configure();
        jakarta.validation.ConstraintValidatorFactory defaults = config.getDefaultConstraintValidatorFactory();
        config.constraintValidatorFactory(new jakarta.validation.ConstraintValidatorFactory() {
            @Override
            public <T extends jakarta.validation.ConstraintValidator<?, ?>> T getInstance(Class<T> key) {
                return key == FreshTitle.Check.class
                        ? key.cast(new FreshTitle.Check(store))
                        : defaults.getInstance(key);
            }

            @Override
            public void releaseInstance(jakarta.validation.ConstraintValidator<?, ?> instance) {
                defaults.releaseInstance(instance);
            }
        });
        return config.buildValidatorFactory().getValidator();
    }

    private static final Logger LOG = LoggerFactory.getLogger(VertxTaskBoard.class);

    /** Where the signed-in username is kept in the Vert.x session. */
    private static final String USERNAME = "taskboard.username";

    /** Where the sign-in form's token is kept in the Vert.x session. */
    private static final String FORM_TOKEN = "taskboard.form-token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Vertx vertx;
    private final Mizan mizan;
    private final HikariDataSource dataSource;
    private final EntityManagerFactory emf;
    private final Attachments attachments;
    private final HttpServer server;

    private VertxTaskBoard(
            Vertx vertx,
            Mizan mizan,
            HikariDataSource dataSource,
            EntityManagerFactory emf,
            Attachments attachments,
            HttpServer server) {
        this.vertx = vertx;
        this.mizan = mizan;
        this.dataSource = dataSource;
        this.emf = emf;
        this.attachments = attachments;
        this.server = server;
    }

    /** Starts the board on a host and port ({@code 0}: a free one). */
    public static VertxTaskBoard start(String host, int port) throws Exception {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl("jdbc:h2:mem:taskboard-vertx;DB_CLOSE_DELAY=-1");
        pool.setUsername("sa");
        pool.setPassword("");
        HikariDataSource dataSource = new HikariDataSource(pool);
        new ResourceDatabasePopulator(new ClassPathResource("schema.sql")).execute(dataSource);
        EntityManagerFactory emf = entityManagerFactory(dataSource);
        Shapes shapes = Shapes.shared(SharedEntityManagerCreator.createSharedEntityManager(emf));
        shapes.validatePackages(List.of("dev.mizan.example.taskboard"));
        PlatformTransactionManager transactions = new JpaTransactionManager(emf);
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        BoardUsers users = new BoardUsers(shapes, emf);
        DemoData.seedIfEmpty(SharedEntityManagerCreator.createSharedEntityManager(emf), transactions, encoder, users);

        BoardStore store = transactional(new BoardStore(shapes, emf), transactions);
        ProjectAccess access = new ProjectAccess(store);
        Attachments attachments = new Attachments(store, access);
        String secret = System.getenv()
                .getOrDefault("TASKBOARD_CACHE_SECRET", "taskboard-demo-cache-secret-not-for-production");
        Mizan mizan = Mizan.builder()
                .register(
                        new BoardReads(store, users, access),
                        transactional(new TaskEdits(store, access), transactions),
                        attachments,
                        new TeamBoard(store))
                .mapper(WireDefaults.apply(JsonMapper.builder()).build())
                .validator(validator(store))
                .users(context -> user(context, users))
                .cache(CacheSettings.inMemory(secret))
                .edge()
                .live()
                .build();

        Vertx vertx = Vertx.vertx();
        Router router = Router.router(vertx);
        router.route()
                .handler(SessionHandler.create(LocalSessionStore.create(vertx))
                        .setCookieSameSite(CookieSameSite.LAX)
                        .setCookieHttpOnlyFlag(true));
        mizan.mount(router, "/api/mizan");
        SignIn signIn = new SignIn(users, encoder);
        router.get("/login").handler(signIn::page);
        router.post("/login")
                .handler(BodyHandler.create(false).setBodyLimit(16 * 1024))
                .handler(signIn::submit);
        router.get("/logout").handler(signIn::signOutPage);
        router.post("/logout")
                .handler(BodyHandler.create(false).setBodyLimit(16 * 1024))
                .handler(signIn::signOut);
        router.get("/favicon.svg").handler(context -> resource(context, "favicon.svg"));
        router.get("/*").handler(context -> {
            if (username(context) == null) {
                redirect(context, "/login");
            } else {
                context.next();
            }
        });
        router.get("/attachments/:id").handler(context -> download(context, attachments));
        router.get("/*").handler(VertxTaskBoard::frontend);
        try {
            HttpServer server = vertx.createHttpServer(mizan.serverOptions(new HttpServerOptions()))
                    .requestHandler(router)
                    .listen(port, host)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(60, TimeUnit.SECONDS);
            return new VertxTaskBoard(vertx, mizan, dataSource, emf, attachments, server);
        } catch (Exception e) {
            vertx.close();
            mizan.close();
            emf.close();
            dataSource.close();
            throw e;
        }
    }

    /**
     * The board's persistence unit (Hibernate over the entities of {@code dev.mizan.example.taskboard.data}),
     * built as Spring Boot builds it, without a Spring context.
     */
    private static EntityManagerFactory entityManagerFactory(DataSource dataSource) {
        LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
        factory.setDataSource(dataSource);
        factory.setPersistenceUnitName("taskboard");
        factory.setPackagesToScan("dev.mizan.example.taskboard.data");
        factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
        factory.afterPropertiesSet();
        return java.util.Objects.requireNonNull(factory.getObject());
    }

    /**
     * {@code target} with its {@code @Transactional} applied (a class proxy; Mizan finds the
     * functions on the class).
     */
    private static <T> T transactional(T target, PlatformTransactionManager transactions) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new TransactionInterceptor(transactions, new AnnotationTransactionAttributeSource()));
        @SuppressWarnings("unchecked")
        T proxied = (T) proxy.getProxy(target.getClass().getClassLoader());
        return proxied;
    }

    /** The Mizan user of the session's username (a database read: the resolver may block). */
    private static @Nullable MizanUser user(RoutingContext context, BoardUsers users) {
        String name = username(context);
        if (name == null) {
            return null;
        }
        return users.sessionUser(name)
                .map(u ->
                        new MizanUser(u.username(), u.username(), u.staff() || u.superuser(), u.superuser(), Set.of()))
                .orElse(null);
    }

    private static @Nullable String username(RoutingContext context) {
        Session session = context.session();
        return session == null ? null : session.get(USERNAME);
    }

    private static void redirect(RoutingContext context, String location) {
        context.response().setStatusCode(302).putHeader("Location", location).end();
    }

    /** The UIs' files from the jar's {@code static/} resources; a UI's folder shows its {@code index.html}. */
    private static void frontend(RoutingContext context) {
        String path = context.normalizedPath();
        if (path.equals("/vue") || path.equals("/svelte")) {
            redirect(context, path + "/");
            return;
        }
        if (path.contains("..")) {
            context.response().setStatusCode(404).end();
            return;
        }
        resource(context, path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1));
    }

    private static void resource(RoutingContext context, String name) {
        byte[] bytes;
        try (InputStream in = VertxTaskBoard.class.getClassLoader().getResourceAsStream("static/" + name)) {
            if (in == null) {
                context.response().setStatusCode(404).end();
                return;
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            context.fail(e);
            return;
        }
        context.response()
                .putHeader("Content-Type", contentType(name))
                .putHeader("Cache-Control", name.endsWith("index.html") ? "no-cache" : "max-age=3600")
                .end(io.vertx.core.buffer.Buffer.buffer(bytes));
    }

    private static String contentType(String name) {
        Map<String, String> types = Map.of(
                "html", "text/html; charset=utf-8",
                "js", "text/javascript; charset=utf-8",
                "css", "text/css; charset=utf-8",
                "svg", "image/svg+xml",
                "png", "image/png",
                "json", "application/json",
                "ico", "image/x-icon");
        int dot = name.lastIndexOf('.');
        return types.getOrDefault(dot < 0 ? "" : name.substring(dot + 1), "application/octet-stream");
    }

    /** {@code GET /attachments/{id}}, as the Spring app's download endpoint. */
    private static void download(RoutingContext context, Attachments attachments) {
        long id;
        try {
            id = Long.parseLong(context.pathParam("id"));
        } catch (NumberFormatException e) {
            context.response().setStatusCode(404).end();
            return;
        }
        attachments
                .find(id)
                .ifPresentOrElse(
                        stored -> context.response()
                                .putHeader("Content-Type", "application/octet-stream")
                                .putHeader(
                                        "Content-Disposition",
                                        "attachment; filename*=UTF-8''"
                                                + URLEncoder.encode(
                                                                stored.attachment()
                                                                        .name(),
                                                                StandardCharsets.UTF_8)
                                                        .replace("+", "%20"))
                                .sendFile(stored.file().toString()),
                        () -> context.response().setStatusCode(404).end());
    }

    /** The port it listens on. */
    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() throws Exception {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } finally {
            mizan.close();
            attachments.removeFiles();
            emf.close();
            dataSource.close();
        }
    }

    /** Runs the board: {@code --server.port=N} (8080 unless given) and {@code --server.address=H} (all interfaces). */
    public static void main(String[] args) throws Exception {
        int port = 8080;
        String host = "0.0.0.0";
        for (String arg : args) {
            if (arg.startsWith("--server.port=")) {
                port = Integer.parseInt(arg.substring("--server.port=".length()));
            } else if (arg.startsWith("--server.address=")) {
                host = arg.substring("--server.address=".length());
            }
        }
        VertxTaskBoard board = start(host, port);
        LOG.info("Task board on Vert.x ready on http://localhost:{}/", board.port());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                board.close();
            } catch (Exception e) {
                LOG.warn("The task board did not stop cleanly", e);
            }
        }));
    }

    /** The sign-in and sign-out forms over the Vert.x session, each with a per-session form token. */
    private static final class SignIn {

        private final BoardUsers users;
        private final PasswordEncoder encoder;

        SignIn(BoardUsers users, PasswordEncoder encoder) {
            this.users = users;
            this.encoder = encoder;
        }

        void page(RoutingContext context) {
            html(
                    context,
                    SignInHtml.signIn(
                            context.queryParams().contains("error"),
                            context.queryParams().contains("logout"),
                            "_csrf",
                            formToken(context)));
        }

        void submit(RoutingContext context) {
            if (!formTokenMatches(context)) {
                context.response().setStatusCode(403).end();
                return;
            }
            String username = context.request().getFormAttribute("username");
            String password = context.request().getFormAttribute("password");
            // The password check reads the database and hashes: off the event loop.
            context.vertx()
                    .executeBlocking(() -> username != null && password != null && matches(username, password))
                    .onComplete(checked -> {
                        if (checked.succeeded() && checked.result()) {
                            context.session().regenerateId();
                            context.session().put(USERNAME, username);
                            context.session().remove(FORM_TOKEN);
                            redirect(context, "/");
                        } else {
                            redirect(context, "/login?error");
                        }
                    });
        }

        private boolean matches(String username, String password) {
            try {
                UserDetails user = users.loadUserByUsername(username);
                return encoder.matches(password, user.getPassword());
            } catch (UsernameNotFoundException e) {
                return false;
            }
        }

        void signOutPage(RoutingContext context) {
            html(context, SignInHtml.signOut("_csrf", formToken(context)));
        }

        void signOut(RoutingContext context) {
            if (!formTokenMatches(context)) {
                context.response().setStatusCode(403).end();
                return;
            }
            context.session().destroy();
            context.response().putHeader("Set-Cookie", "mizan_mwt=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
            redirect(context, "/login?logout");
        }

        private static String formToken(RoutingContext context) {
            String token = context.session().get(FORM_TOKEN);
            if (token == null) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                context.session().put(FORM_TOKEN, token);
            }
            return token;
        }

        private static boolean formTokenMatches(RoutingContext context) {
            String expected = context.session().get(FORM_TOKEN);
            String sent = context.request().getFormAttribute("_csrf");
            return expected != null
                    && sent != null
                    && MessageDigest.isEqual(
                            expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
        }

        private static void html(RoutingContext context, String page) {
            context.response()
                    .putHeader("Content-Type", "text/html; charset=utf-8")
                    .putHeader("Cache-Control", "no-store")
                    .end(page);
        }
    }
}
