package dev.mizan.vertx;

import dev.mizan.core.Auth;
import dev.mizan.core.cache.CacheSettings;
import dev.mizan.core.cache.OriginCache;
import dev.mizan.core.dispatch.DispatchOptions;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.dispatch.PredicateResolver;
import dev.mizan.core.edge.EdgeOrigin;
import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.core.jwt.Credentials;
import dev.mizan.core.jwt.InMemoryRevocationStore;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.jwt.JwtService;
import dev.mizan.core.jwt.JwtSettings;
import dev.mizan.core.jwt.LoginThrottle;
import dev.mizan.core.jwt.RevocationStore;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.live.LiveLimits;
import dev.mizan.core.live.LiveLog;
import dev.mizan.core.live.LivePermissions;
import dev.mizan.core.live.MemoryLiveLog;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.PageDescriptor;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.registry.RegistryBuilder;
import dev.mizan.core.upload.UploadSettings;
import dev.mizan.core.web.CsrfTokens;
import dev.mizan.core.web.Origins;
import dev.mizan.ssr.ContextReader;
import dev.mizan.ssr.PageRoutes;
import dev.mizan.ssr.PageServer;
import dev.mizan.ssr.SsrPage;
import dev.mizan.ssr.SsrPool;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mizan on a Vert.x-web {@link Router}: the registry and dispatcher of explicitly registered
 * {@code @Client} objects, mounted under a base path.
 *
 * <pre>{@code
 * Mizan mizan = Mizan.builder()
 *         .register(new TaskEdits(store), new BoardReads(store))
 *         .users(context -> ...)          // who is signed in, staff, superuser, roles
 *         .build();                       // fails listing every registration problem
 * mizan.mount(router, "/api/mizan");
 * }</pre>
 *
 * <p>Threads: request bodies are read on the event loop (within the body limit), after the call's
 * origin and CSRF checks (on the event loop when the user resolver does not block, else on a
 * virtual thread); every function
 * runs on a virtual thread unless its method is {@link NonBlocking}; the members of a context bundle
 * run in parallel, each on its own virtual thread. Answers are written back on the event loop.
 */
public final class Mizan implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Mizan.class);

    private final Dispatcher dispatcher;
    private final JsonMapper mapper;
    private final MizanUserResolver users;
    private final long bodyLimit;
    private final boolean csrf;
    private final String csrfCookie;
    private final CsrfTokens csrfTokens;
    private final Set<String> allowedOrigins;
    private final boolean developmentMode;
    private final long eventLoopBudgetNanos;
    private final Set<String> nonBlockingFunctions;
    private final Set<String> nonBlockingContexts;
    private final ExecutorService workers;
    private final @Nullable BearerAuth bearer;
    private final @Nullable OriginCache cache;
    private final @Nullable LiveHub live;
    private final @Nullable LiveLimits liveLimits;
    private final UploadSettings uploads;
    private final @Nullable EdgeSettings edge;
    private final @Nullable CacheSettings cacheSettings;

    private Mizan(
            Builder builder,
            Dispatcher dispatcher,
            ExecutorService workers,
            @Nullable BearerAuth bearer,
            @Nullable OriginCache cache) {
        this.dispatcher = dispatcher;
        this.mapper = builder.mapper;
        this.users = builder.users;
        this.bodyLimit = builder.bodyLimit;
        this.csrf = builder.csrf;
        this.csrfCookie = builder.csrfCookie;
        this.csrfTokens =
                builder.csrfSecret == null ? CsrfTokens.withRandomSecret() : CsrfTokens.withSecret(builder.csrfSecret);
        this.allowedOrigins = Set.copyOf(builder.allowedOrigins);
        this.developmentMode = builder.developmentMode;
        this.eventLoopBudgetNanos = builder.eventLoopBudget.toNanos();
        this.workers = workers;
        this.bearer = bearer;
        this.cache = cache;
        this.liveLimits = builder.liveLimits;
        this.uploads = builder.uploads;
        this.edge = builder.edge;
        this.cacheSettings = builder.cacheSettings;
        this.live = builder.liveLimits == null
                ? null
                : LiveHub.start(
                        dispatcher,
                        builder.liveLimits,
                        builder.liveLog != null ? builder.liveLog : new MemoryLiveLog(10_000),
                        LivePermissions.scoped(dispatcher.registry()));
        Set<String> functions = new HashSet<>();
        for (FunctionDescriptor fn : dispatcher.registry().functions()) {
            if (fn.method().isAnnotationPresent(NonBlocking.class)) {
                functions.add(fn.name());
            }
        }
        this.nonBlockingFunctions = Set.copyOf(functions);
        Set<String> contexts = new HashSet<>();
        for (ContextDescriptor ctx : dispatcher.registry().contexts()) {
            boolean cached = dispatcher.registry().functions().stream()
                    .anyMatch(fn -> ctx.members().contains(fn.name()) && fn.isCached());
            if (functions.containsAll(ctx.members()) && !cached) {
                contexts.add(ctx.name());
            }
        }
        this.nonBlockingContexts = Set.copyOf(contexts);
    }

    /** A new builder: register objects, set the user resolver and limits, then {@link Builder#build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Mounts the endpoints under a base path ({@code POST {base}/call/}, {@code GET {base}/ctx/{name}/},
     * {@code GET {base}/session/}): a body handler bounded by the body limit, the Mizan handler, and a
     * failure handler that answers every refusal on the path (an auth handler's 401, the body
     * handler's 413, any other failure) with an error envelope.
     *
     * @param basePath for example {@code /api/mizan}; no trailing slash
     */
    public Mizan mount(Router router, String basePath) {
        String base = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        MizanHandler handler = new MizanHandler(this, base, edgeOrigin(base));
        router.route(base + "/*")
                .handler(context -> {
                    if (context.request().method() == HttpMethod.POST) {
                        // The body is read by the handler once the call's checks passed (a multipart one
                        // streamed part by part on a virtual thread), never buffered before them.
                        context.request().pause();
                    }
                    context.next();
                })
                .handler(handler)
                .failureHandler(handler::failure);
        LOG.info("Mizan mounted at {}/ on Vert.x", base);
        return this;
    }

    /**
     * Serves server-rendered pages (docs/ssr.md) on {@code GET} of each route path (Vert.x route
     * paths, such as {@code /projects/*}): the page rendered by {@code pool}, whose context reads are
     * answered by this dispatcher for the request's caller (the user resolver's), or the
     * client-rendered {@code shell} with 200 when {@code pool} is {@code null} or the render fell
     * back; {@code X-Mizan-Render} says which. The render runs on a virtual thread, the answer is
     * written on the event loop. The application starts the pool and closes it when it stops.
     *
     * @param pool the running pool ({@code SsrPool.start}), or {@code null} to serve the shell only
     * @param shell the client build's {@code index.html}
     * @param paths the page routes
     */
    public Mizan pages(Router router, @Nullable SsrPool pool, String shell, String... paths) {
        byte[] html = shell.getBytes(StandardCharsets.UTF_8);
        for (String path : paths) {
            router.get(path).handler(context -> page(context, pool, html));
        }
        LOG.info("Server-rendered pages at {} ({})", List.of(paths), pool == null ? "SSR off: the shell" : "SSR");
        return this;
    }

    /**
     * Serves the declared pages ({@link Builder#pages}, docs/pages.md) by their render strategy, as
     * the Spring Boot starter does (the core's {@link PageServer}): {@code csr} the shell, {@code ssr}
     * rendered as the caller, {@code static} rendered once for no caller, {@code edge} rendered as the
     * caller and marked with the caller's permission class for an edge to keep. Renders run on
     * virtual threads; the {@code static} pages are rendered at once, off the event loop.
     *
     * @param pool the running pool, or {@code null} to serve the shell only
     * @param shell the client build's {@code index.html}
     */
    public Mizan pages(Router router, @Nullable SsrPool pool, String shell) {
        PageServer server = new PageServer(pool, shell, ContextReader.anonymous(dispatcher));
        List<PageDescriptor> declared = dispatcher.registry().pages();
        PageRoutes routes = new PageRoutes(declared);
        for (PageDescriptor page : declared) {
            String path = page.path().replaceAll("\\{([A-Za-z_][A-Za-z0-9_]*)}", ":$1");
            router.get(path).handler(context -> declaredPage(context, server, routes));
        }
        workers.execute(() -> server.prerender(declared));
        LOG.info(
                "Pages {} ({})",
                declared.stream()
                        .map(p -> p.path() + " " + p.render().wireName())
                        .toList(),
                pool == null ? "SSR off: the shell" : "SSR");
        return this;
    }

    private void declaredPage(RoutingContext context, PageServer server, PageRoutes routes) {
        HttpServerRequest request = context.request();
        PageRoutes.Match match = routes.match(request.path());
        if (match == null) {
            context.next();
            return;
        }
        String url = request.query() == null ? request.path() : request.path() + "?" + request.query();
        VertxRequestHandle handle = new VertxRequestHandle(context, users);
        io.vertx.core.Context loop = context.vertx().getOrCreateContext();
        String ifNoneMatch = request.getHeader("If-None-Match");
        try {
            workers.execute(() -> {
                Long seq = live == null ? null : live.currentSeq();
                PageServer.Answer answer = server.serve(
                        match.page(), url, handle.user(), ContextReader.of(dispatcher, handle), seq, ifNoneMatch);
                loop.runOnContext(ignored -> {
                    HttpServerResponse response = context.response().setStatusCode(answer.status());
                    answer.headers().forEach(response::putHeader);
                    if (answer.status() != 304) {
                        response.putHeader("Content-Type", "text/html;charset=UTF-8");
                    }
                    response.end(Buffer.buffer(answer.body()));
                });
            });
        } catch (RejectedExecutionException e) {
            context.response().setStatusCode(503).end();
        }
    }

    private void page(RoutingContext context, @Nullable SsrPool pool, byte[] shell) {
        HttpServerRequest request = context.request();
        String url = request.query() == null ? request.path() : request.path() + "?" + request.query();
        VertxRequestHandle handle = new VertxRequestHandle(context, users);
        io.vertx.core.Context loop = context.vertx().getOrCreateContext();
        try {
            workers.execute(() -> {
                // Read before the render, as GET /ctx/ reads X-Mizan-Seq before its fetch.
                Long seq = pool == null || live == null ? null : live.currentSeq();
                SsrPage page = SsrPage.serve(pool, shell, url, ContextReader.of(dispatcher, handle), seq);
                loop.runOnContext(ignored -> {
                    HttpServerResponse response = context.response().setStatusCode(page.status());
                    page.headers().forEach(response::putHeader);
                    response.end(Buffer.buffer(page.body()));
                });
            });
        } catch (RejectedExecutionException e) {
            context.response().setStatusCode(503).end();
        }
    }

    /** The origin's side of the edge for endpoints under a base path, or {@code null} when the edge is off. */
    private @Nullable EdgeOrigin edgeOrigin(String base) {
        if (edge == null || cacheSettings == null) {
            return null;
        }
        return EdgeOrigin.create(
                dispatcher.registry(),
                base,
                cacheSettings.secret(),
                cacheSettings.previousSecret(),
                edge.mwtTtl(),
                edge.withoutMwt(),
                edge.clock());
    }

    /** The dispatcher every endpoint translates onto. */
    public Dispatcher dispatcher() {
        return dispatcher;
    }

    /** The validated registry of the registered functions. */
    public Registry registry() {
        return dispatcher.registry();
    }

    JsonMapper mapper() {
        return mapper;
    }

    MizanUserResolver users() {
        return users;
    }

    long bodyLimit() {
        return bodyLimit;
    }

    boolean csrf() {
        return csrf;
    }

    String csrfCookie() {
        return csrfCookie;
    }

    CsrfTokens csrfTokens() {
        return csrfTokens;
    }

    Set<String> allowedOrigins() {
        return allowedOrigins;
    }

    boolean developmentMode() {
        return developmentMode;
    }

    long eventLoopBudgetNanos() {
        return eventLoopBudgetNanos;
    }

    boolean nonBlockingFunction(String name) {
        return nonBlockingFunctions.contains(name);
    }

    boolean nonBlockingContext(String name) {
        return nonBlockingContexts.contains(name);
    }

    ExecutorService workers() {
        return workers;
    }

    /**
     * Sets the WebSocket frame and message limits of the server that serves {@code {base}/ws/} to
     * twice the live frame bound, so that a frame a little over the bound gets an error frame from
     * the hub, and only a far larger one meets Vert.x's own limit (close 1009).
     */
    public HttpServerOptions serverOptions(HttpServerOptions options) {
        if (liveLimits != null) {
            int bound = (int) Math.min(Integer.MAX_VALUE / 2, liveLimits.maxFrameBytes()) * 2;
            options.setMaxWebSocketFrameSize(bound).setMaxWebSocketMessageSize(bound);
        }
        return options;
    }

    UploadSettings uploads() {
        return uploads;
    }

    /** The live-updates hub behind {@code {base}/ws/}, or {@code null} when live updates are off. */
    public @Nullable LiveHub live() {
        return live;
    }

    /**
     * Publishes channel messages ({@code @Channel}) from server code to the sockets joined to a
     * channel instance, on every instance sharing the live log.
     *
     * @throws IllegalStateException when live updates are off ({@link Builder#live()} not called)
     */
    public dev.mizan.core.live.ChannelPublisher channels() {
        LiveHub hub = live;
        if (hub == null) {
            throw new IllegalStateException("Live updates are off: call Builder.live() to use channels");
        }
        return hub.channels();
    }

    /** Bearer-token resolution when JWT auth is on, else {@code null}. */
    @Nullable
    BearerAuth bearer() {
        return bearer;
    }

    /** Closes the live hub and the origin cache and stops the virtual-thread executors (running functions finish first). */
    @Override
    public void close() {
        if (live != null) {
            live.close();
        }
        workers.close();
        if (cache != null) {
            cache.close();
        }
    }

    /** The edge's settings ({@link Builder#edge(Duration, String)}). */
    private record EdgeSettings(Duration mwtTtl, String withoutMwt, Clock clock) {}

    /** Configures and builds a {@link Mizan}. */
    public static final class Builder {

        private final List<Object> objects = new ArrayList<>();
        private final List<Class<?>> pageClasses = new ArrayList<>();
        private MizanUserResolver users = MizanUserResolver.vertxUser();
        private JsonMapper mapper = JsonMapper.builder().build();
        private jakarta.validation.@Nullable Validator validator;
        private boolean validatorSet;
        private PredicateResolver predicates = PredicateResolver.reflective();
        private Auth defaultAuth = Auth.PUBLIC;
        private long bodyLimit = 1024 * 1024;
        private boolean csrf = true;
        private String csrfCookie = "MIZAN-CSRF";
        private byte @Nullable [] csrfSecret;
        private final Set<String> allowedOrigins = new LinkedHashSet<>();
        private boolean developmentMode;
        private Duration eventLoopBudget = Duration.ofMillis(50);
        private @Nullable JwtSettings jwt;
        private @Nullable Credentials jwtCredentials;
        private @Nullable RevocationStore revocations;
        private LoginThrottle.Limits loginLimits = new LoginThrottle.Limits(5, 20, Duration.ofMinutes(15));
        private Clock clock = Clock.systemUTC();
        private @Nullable CacheSettings cacheSettings;
        private @Nullable LiveLimits liveLimits;
        private @Nullable LiveLog liveLog;
        private UploadSettings uploads = UploadSettings.defaults();
        private @Nullable EdgeSettings edge;

        private Builder() {}

        /** Declares the pages of page classes ({@code @Page}, docs/pages.md), served by {@link Mizan#pages(Router, SsrPool, String)}. */
        public Builder pages(Class<?>... pageClasses) {
            this.pageClasses.addAll(List.of(pageClasses));
            return this;
        }

        /** Registers objects whose {@code @Client} methods Mizan serves (each class at most once). */
        public Builder register(Object... clients) {
            for (Object client : clients) {
                objects.add(Objects.requireNonNull(client, "a registered object"));
            }
            return this;
        }

        /** Registers every object of a list. */
        public Builder registerAll(List<?> clients) {
            clients.forEach(this::register);
            return this;
        }

        /** Who the caller is; the default is {@link MizanUserResolver#vertxUser()}. */
        public Builder users(MizanUserResolver resolver) {
            this.users = Objects.requireNonNull(resolver);
            return this;
        }

        /** The JSON mapper on the wire (wire names follow its settings); the default is Jackson's defaults. */
        public Builder mapper(JsonMapper jsonMapper) {
            this.mapper = Objects.requireNonNull(jsonMapper);
            return this;
        }

        /**
         * Bean Validation for {@code @Valid} arguments and constraints; {@code null} switches it off.
         * The default is the provider on the classpath (such as Hibernate Validator), or none.
         */
        public Builder validator(jakarta.validation.@Nullable Validator beanValidator) {
            this.validator = beanValidator;
            this.validatorSet = true;
            return this;
        }

        /** Where custom {@code AuthPredicate}s come from; the default instantiates them reflectively. */
        public Builder predicates(PredicateResolver resolver) {
            this.predicates = Objects.requireNonNull(resolver);
            return this;
        }

        /** The auth level of functions that declare none ({@code PUBLIC} unless set). */
        public Builder defaultAuth(Auth auth) {
            this.defaultAuth = Objects.requireNonNull(auth);
            return this;
        }

        /** The largest request body, in bytes (1 MiB unless set); larger is {@code 413 PAYLOAD_TOO_LARGE}. */
        public Builder bodyLimit(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the body limit must be positive");
            }
            this.bodyLimit = bytes;
            return this;
        }

        /** Whether calls must carry the session's CSRF token (on unless switched off). */
        public Builder csrf(boolean enabled) {
            this.csrf = enabled;
            return this;
        }

        /** The CSRF cookie's name ({@code MIZAN-CSRF} unless set). */
        public Builder csrfCookie(String name) {
            this.csrfCookie = Objects.requireNonNull(name);
            return this;
        }

        /**
         * The secret CSRF tokens are signed with (at least 32 bytes), the same on every instance
         * behind one site; unless set, a random secret valid until this process stops.
         */
        public Builder csrfSecret(byte[] secret) {
            if (secret.length < 32) {
                throw new IllegalArgumentException("the CSRF secret needs at least 32 bytes");
            }
            this.csrfSecret = secret.clone();
            return this;
        }

        /**
         * Other origins whose pages may call ({@code scheme://host[:port]}, a separate front-end host
         * say); a call from any other site is refused ({@code 403}, {@code reason: "origin"}).
         */
        public Builder allowedOrigins(String... origins) {
            for (String origin : origins) {
                if (Origins.normalize(origin) == null) {
                    throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
                }
                allowedOrigins.add(origin);
            }
            return this;
        }

        /**
         * Development mode: a {@link NonBlocking} function that holds the event loop longer than the
         * budget is answered with an {@code INTERNAL_ERROR} envelope and logged, so that a blocking
         * call in it is found before production.
         */
        public Builder developmentMode(boolean enabled) {
            this.developmentMode = enabled;
            return this;
        }

        /** The event-loop budget of a {@link NonBlocking} function in development mode (50 ms unless set). */
        public Builder eventLoopBudget(Duration budget) {
            this.eventLoopBudget = Objects.requireNonNull(budget);
            return this;
        }

        /**
         * JWT auth: registers the built-in {@code login}, {@code refresh} and {@code logout}
         * functions ({@link JwtFunctions}, in the IR like any other) and authenticates requests that
         * carry {@code Authorization: Bearer}; such requests need no CSRF token, and an invalid token
         * is answered {@code 401} with a {@code WWW-Authenticate} challenge. The same core as the
         * Spring starter's {@code mizan.jwt}.
         *
         * @param settings issuer, audience, lifetimes and keys
         * @param credentials checks a username and password for {@code login} (the application's users)
         */
        public Builder jwt(JwtSettings settings, Credentials credentials) {
            this.jwt = Objects.requireNonNull(settings);
            this.jwtCredentials = Objects.requireNonNull(credentials);
            return this;
        }

        /** Where spent refresh tokens and revoked sessions are kept (in memory unless set: one instance only). */
        public Builder revocations(RevocationStore store) {
            this.revocations = Objects.requireNonNull(store);
            return this;
        }

        /** Failed sign-ins allowed per account and per address in a window (5, 20 and 15 minutes unless set). */
        public Builder loginLimits(LoginThrottle.Limits limits) {
            this.loginLimits = Objects.requireNonNull(limits);
            return this;
        }

        /** The clock of token lifetimes and sign-in throttling (the system's UTC clock unless set). */
        public Builder clock(Clock jwtClock) {
            this.clock = Objects.requireNonNull(jwtClock);
            return this;
        }

        /**
         * The origin cache of {@code @Cached} context functions: answers kept under HMAC keys of the
         * caller's permission class (or user), purged by every mutation's invalidation before it
         * answers, reported in {@code X-Mizan-Cache}. Needed when any registered function is
         * {@code @Cached}; the same core as the starter's {@code mizan.cache.*}.
         */
        public Builder cache(CacheSettings settings) {
            this.cacheSettings = Objects.requireNonNull(settings);
            return this;
        }

        /**
         * The bounds of calls with uploads ({@code multipart/form-data}, for functions with an
         * {@code Upload} parameter): per file, per call, parts, the {@code args} part, and where
         * files are streamed to ({@link UploadSettings#defaults()} unless set). Such a call is not
         * held to {@link #bodyLimit}: it is streamed, never buffered.
         */
        public Builder uploads(UploadSettings settings) {
            this.uploads = Objects.requireNonNull(settings);
            return this;
        }

        /**
         * The edge (docs/edge.md) with MWTs living 10 minutes and {@code without_mwt: anon}: see
         * {@link #edge(Duration, String)}.
         */
        public Builder edge() {
            return edge(Duration.ofMinutes(10), "anon");
        }

        /**
         * The edge (docs/edge.md), as the starter's {@code mizan.edge.*}: {@code GET {base}/session/}
         * issues an MWT of the caller's permission class (in its answer and the {@code mizan_mwt}
         * cookie), every other answer renews a missing, foreign or half-spent one, the edge manifest
         * is served at {@code GET {base}/edge/manifest/}, and answers of edge-cacheable contexts name
         * their permission key ({@code X-Mizan-Perm}) with an {@code ETag}. The tokens are signed with
         * keys derived from the origin cache's secret (and its previous one during a rotation), so
         * {@link #cache} must be set.
         *
         * @param mwtTtl how long an MWT lives; it is renewed once half of it has passed
         * @param withoutMwt what the edge does with a context fetch without a valid MWT: {@code anon} or {@code pass}
         */
        public Builder edge(Duration mwtTtl, String withoutMwt) {
            if (!withoutMwt.equals("anon") && !withoutMwt.equals("pass")) {
                throw new IllegalArgumentException("without_mwt must be anon or pass, got '" + withoutMwt + "'");
            }
            this.edge = new EdgeSettings(Objects.requireNonNull(mwtTtl), withoutMwt, Clock.systemUTC());
            return this;
        }

        /** Live updates and WebSocket calls on {@code {base}/ws/}, with the default limits and an in-memory log. */
        public Builder live() {
            return live(LiveLimits.defaults());
        }

        /** Live updates with these limits and an in-memory log of 10,000 events. */
        public Builder live(LiveLimits limits) {
            this.liveLimits = Objects.requireNonNull(limits);
            return this;
        }

        /** Live updates with these limits and an event log (a {@code RedisLiveLog} for several instances). */
        public Builder live(LiveLimits limits, LiveLog log) {
            this.liveLimits = Objects.requireNonNull(limits);
            this.liveLog = Objects.requireNonNull(log);
            return this;
        }

        /**
         * Builds the registry of every registered object's {@code @Client} methods and the
         * dispatcher over it.
         *
         * @throws dev.mizan.core.registry.RegistryException listing every problem of the registration
         */
        public Mizan build() {
            Map<Method, Object> targets = new HashMap<>();
            RegistryBuilder registry = Registry.builder().checkTypes(mapper).defaultAuth(defaultAuth);
            List<Object> all = new ArrayList<>(objects);
            BearerAuth bearer = null;
            if (jwt != null && jwtCredentials != null) {
                JwtService tokens = new JwtService(
                        jwt, revocations != null ? revocations : new InMemoryRevocationStore(clock), clock);
                all.add(new JwtFunctions(tokens, jwtCredentials, new LoginThrottle(loginLimits, clock)));
                bearer = new BearerAuth(tokens);
            }
            for (Object object : all) {
                for (Method method : RegistryBuilder.clientMethods(object.getClass())) {
                    registry.add(method);
                    targets.put(method, object);
                }
            }
            pageClasses.forEach(registry::pages);
            Registry built = registry.build();
            if (edge != null && cacheSettings == null) {
                throw new IllegalStateException("the edge needs the origin cache's secret: Mizan.builder().cache("
                        + "CacheSettings.inMemory(secret)) with a secret of at least "
                        + CacheSettings.MIN_SECRET_LENGTH + " characters; MWTs are signed with keys derived from it");
            }
            boolean caching = built.functions().stream().anyMatch(FunctionDescriptor::isCached);
            if (caching && cacheSettings == null) {
                throw new IllegalStateException("@Cached functions need the origin cache: Mizan.builder().cache("
                        + "CacheSettings.inMemory(secret)) with a secret of at least "
                        + CacheSettings.MIN_SECRET_LENGTH + " characters");
            }
            OriginCache cache = caching ? OriginCache.create(cacheSettings) : null;
            ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
            DispatchOptions options = DispatchOptions.of(mapper)
                    .withCache(cache)
                    .withValidator(validatorSet ? validator : Validators.fromClasspath())
                    .withInstances(fn -> targets.get(fn.method()))
                    .withPredicates(predicates)
                    .withContextExecutor(workers);
            return new Mizan(this, Dispatcher.create(built, options), workers, bearer, cache);
        }
    }
}
