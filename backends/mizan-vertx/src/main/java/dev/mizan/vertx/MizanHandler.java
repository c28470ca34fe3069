package dev.mizan.vertx;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.cache.CacheReport;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.edge.EdgeOrigin;
import dev.mizan.core.edge.Mwt;
import dev.mizan.core.http.Endpoint;
import dev.mizan.core.http.HealthAnswer;
import dev.mizan.core.http.HttpStatuses;
import dev.mizan.core.http.Refusals;
import dev.mizan.core.http.SessionAnswer;
import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.upload.MultipartStream;
import dev.mizan.core.web.CallChecks;
import dev.mizan.core.web.CallRequest;
import dev.mizan.core.web.CookieHeaders;
import dev.mizan.core.web.CsrfTokens;
import dev.mizan.core.web.Origins;
import dev.mizan.core.web.QueryStrings;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates a routing context onto the dispatcher: routing, refusals and the session answer come
 * from the core ({@code dev.mizan.core.http}), the origin, CSRF and content-type checks and the query
 * decoding from {@code dev.mizan.core.web}; this class only reads the request and writes the
 * response, and picks the thread a function runs on.
 */
final class MizanHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(MizanHandler.class);

    /** The live-updates WebSocket endpoint, answered before the core's routing of the HTTP endpoints. */
    private static final String WS = "/ws/";

    /** The path below the base path, read once per request. */
    private static final String PATH = MizanHandler.class.getName() + ".path";

    /** Where the thread that computed an answer leaves the headers it adds (cookies, edge marks). */
    private static final String HEADERS = MizanHandler.class.getName() + ".headers";

    /** Where the thread that computed an answer leaves its {@code Cache-Control} when not {@code no-store}. */
    private static final String CACHE_CONTROL = MizanHandler.class.getName() + ".cacheControl";

    /** The chunk a streamed answer is written in. */
    private static final int CHUNK = 64 * 1024;

    /** How long a streamed request body may stall before the call is refused. */
    private static final long BODY_STALL_MILLIS = 30_000;

    /** Where a worker leaves the live seq of an answer ({@code X-Mizan-Seq}) for the event loop. */
    private static final String SEQ = MizanHandler.class.getName() + ".seq";

    private final Mizan mizan;
    private final Dispatcher dispatcher;
    private final String base;
    private final CsrfTokens csrf;
    private final CallChecks checks;
    private final LiveSockets sockets;
    private final @Nullable EdgeOrigin edge;

    MizanHandler(Mizan mizan, String base, @Nullable EdgeOrigin edge) {
        this.mizan = mizan;
        this.edge = edge;
        this.dispatcher = mizan.dispatcher();
        this.base = base;
        this.csrf = mizan.csrfTokens();
        this.checks = new CallChecks(mizan.csrf() ? csrf : null, mizan.allowedOrigins());
        this.sockets = new LiveSockets(mizan);
    }

    @Override
    public void handle(RoutingContext context) {
        String path = below(context);
        context.put(PATH, path);
        VertxRequestHandle handle = new VertxRequestHandle(context, mizan.users());
        BearerAuth bearer = mizan.bearer();
        String authorization = context.request().getHeader("Authorization");
        if (bearer == null || authorization == null || !authorization.regionMatches(true, 0, "bearer", 0, 6)) {
            route(context, handle, path);
            return;
        }
        // Verifying a token consults the revocation store (maybe a database): off the event loop.
        Context loop = context.vertx().getOrCreateContext();
        try {
            mizan.workers().execute(() -> {
                BearerAuth.Outcome outcome;
                try {
                    outcome = bearer.resolve(authorization);
                } catch (RuntimeException e) {
                    // The revocation store failed: an envelope, never a hung request.
                    outcome = new BearerAuth.Refused(dispatcher.normalize(e, path, handle));
                }
                BearerAuth.Outcome resolved = outcome;
                loop.runOnContext(ignored -> {
                    switch (resolved) {
                        case BearerAuth.Absent absent -> route(context, handle, path);
                        case BearerAuth.Authenticated ok -> {
                            handle.bearer(ok.user());
                            route(context, handle, path);
                        }
                        case BearerAuth.Refused refused -> {
                            if (refused.error().code() == ErrorCode.UNAUTHORIZED) {
                                context.response().putHeader("WWW-Authenticate", BearerAuth.challenge(refused.error()));
                            }
                            write(context, dispatcher.failure(refused.error()));
                        }
                    }
                });
            });
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    private void route(RoutingContext context, VertxRequestHandle handle, String path) {
        try {
            if (path.equals(WS) || path.equals(WS.substring(0, WS.length() - 1))) {
                socket(context, handle);
                return;
            }
            if (edge == null && Endpoint.EDGE_MANIFEST.equals(path.endsWith("/") ? path : path + "/")) {
                throw Refusals.noEndpoint(path);
            }
            switch (Endpoint.route(context.request().method().name(), path)) {
                case Endpoint.Call call -> call(context, handle, path);
                case Endpoint.Session session -> onWorker(context, handle, path, () -> session(context, handle));
                case Endpoint.Context bundle -> context(context, handle, path, bundle.name());
                case Endpoint.Health health -> onWorker(context, handle, path, this::health);
                case Endpoint.EdgeManifest manifest ->
                    write(context, new DispatchResult(null, edge.manifestJson(), List.of(), List.of()));
            }
        } catch (MizanException e) {
            write(context, dispatcher.failure(e));
        } catch (RuntimeException e) {
            write(context, dispatcher.failure(dispatcher.normalize(e, path, handle)));
        }
    }

    /**
     * {@code POST {base}/call/}: the origin, CSRF and content-type checks come before the body is
     * read (on the event loop when the user resolver does not block, else on a virtual thread, since
     * the CSRF token is bound to the user); a refused call's body is never read, unless the refusal
     * is a missing CSRF token, which the built-in JWT functions do not need (decided on the body).
     */
    private void call(RoutingContext context, VertxRequestHandle handle, String path) {
        String contentType = context.request().getHeader("Content-Type");
        if (MultipartStream.isMultipart(contentType)) {
            multipart(context, handle, contentType);
            return;
        }
        if (!mizan.csrf() || handle.isBearer() || !mizan.users().blocking()) {
            checked(context, handle, path, refusal(context, handle));
            return;
        }
        Context loop = context.vertx().getOrCreateContext();
        try {
            mizan.workers().execute(() -> {
                MizanException refusal;
                try {
                    refusal = refusal(context, handle);
                } catch (MizanException e) {
                    refusal = e;
                } catch (RuntimeException e) {
                    refusal = dispatcher.normalize(e, path, handle);
                }
                MizanException refused = refusal;
                loop.runOnContext(ignored -> checked(context, handle, path, refused));
            });
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    /** On the event loop, once the checks decided: refuses the call, or reads its body and runs it. */
    private void checked(
            RoutingContext context, VertxRequestHandle handle, String path, @Nullable MizanException refusal) {
        if (refusal != null
                && (!"csrf".equals(refusal.details().get("reason")) || declaredLength(context) > mizan.bodyLimit())) {
            write(context, dispatcher.failure(refusal));
            return;
        }
        readBody(context, bytes -> {
            if (refusal != null) {
                MizanException type =
                        CallChecks.contentTypeRefusal(context.request().getHeader("Content-Type"));
                if (!dispatcher.needsNoCsrf(bytes) || type != null) {
                    write(context, dispatcher.failure(type != null && dispatcher.needsNoCsrf(bytes) ? type : refusal));
                    return;
                }
            }
            Dispatcher.CallEnvelope call;
            try {
                call = dispatcher.readCall(bytes);
            } catch (MizanException e) {
                write(context, dispatcher.failure(e));
                return;
            }
            Supplier<DispatchResult> run = () -> withSeq(
                    context,
                    LiveHub.publishing(mizan.live(), () -> dispatcher.call(call.function(), call.args(), handle)));
            if (mizan.nonBlockingFunction(call.function())) {
                onEventLoop(context, handle, path, call.function(), run);
            } else {
                onWorker(context, handle, call.function(), run);
            }
        });
    }

    /** The declared {@code Content-Length}, or {@code -1} when none or not a number. */
    private static long declaredLength(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Reads a paused request's body on the event loop, within the body limit: over it (declared or
     * as it arrives) is the {@code 413} envelope, a broken body the {@code 400} one, and the rest of
     * the body is not read.
     */
    private void readBody(RoutingContext context, Consumer<byte[]> then) {
        HttpServerRequest request = context.request();
        long limit = mizan.bodyLimit();
        String length = request.getHeader("Content-Length");
        long declared = -1;
        if (length != null) {
            try {
                declared = Long.parseLong(length.strip());
            } catch (NumberFormatException e) {
                write(context, dispatcher.failure(Refusals.unreadableBody()));
                return;
            }
        }
        if (declared > limit) {
            write(context, dispatcher.failure(Refusals.tooLarge(limit)));
            return;
        }
        Buffer body = Buffer.buffer(declared >= 0 ? (int) declared : 1024);
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if (body.length() + chunk.length() > limit) {
                refused[0] = true;
                write(context, dispatcher.failure(Refusals.tooLarge(limit)));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.exceptionHandler(failure -> {
            if (!refused[0]) {
                refused[0] = true;
                LOG.debug("Unreadable call body", failure);
                write(context, dispatcher.failure(Refusals.unreadableBody()));
            }
        });
        request.endHandler(ignored -> {
            if (!refused[0]) {
                then.accept(body.getBytes());
            }
        });
        request.resume();
    }

    /**
     * A call with uploads: the origin and CSRF checks, then the core reads the body part by part on
     * a virtual thread (the function and its guard before any file), files streamed to temporary
     * files and removed when the call ends.
     */
    private void multipart(RoutingContext context, VertxRequestHandle handle, String contentType) {
        Context loop = context.vertx().getOrCreateContext();
        RequestBodyStream body = new RequestBodyStream(context.request(), loop, BODY_STALL_MILLIS);
        onWorker(context, handle, Endpoint.CALL, () -> {
            MizanException refusal = refusal(context, handle);
            if (refusal != null && !"content_type".equals(refusal.details().get("reason"))) {
                return dispatcher.failure(refusal);
            }
            // A body left unread (refused before its files) closes the connection when answered.
            return withSeq(
                    context,
                    LiveHub.publishing(
                            mizan.live(), () -> dispatcher.callMultipart(body, contentType, mizan.uploads(), handle)));
        });
    }

    /**
     * The origin, CSRF and content-type checks of a call ({@link CallChecks}). A bearer request and
     * the built-in JWT functions carry no ambient credential and need no CSRF token (the latter
     * decided on the body, by the caller). Resolves the user when CSRF is on.
     */
    private @Nullable MizanException refusal(RoutingContext context, VertxRequestHandle handle) {
        HttpServerRequest request = context.request();
        if (handle.isBearer()) {
            return CallChecks.contentTypeRefusal(request.getHeader("Content-Type"));
        }
        String origin = request.getHeader("Origin");
        CallRequest call = new CallRequest(
                origin,
                request.getHeader("Sec-Fetch-Site"),
                // only compared with a browser's Origin
                origin == null ? "" : ownOrigin(request),
                request.getHeader("Content-Type"),
                cookie(context),
                request.getHeader(CsrfTokens.HEADER),
                mizan.csrf() ? identity(context, handle) : "");
        return checks.refusal(call);
    }

    private void context(RoutingContext context, VertxRequestHandle handle, String path, String name) {
        Map<String, String> values = QueryStrings.parse(context.request().query());
        Supplier<DispatchResult> run = () -> {
            handle.user();
            LiveHub hub = mizan.live();
            if (hub != null) {
                // Read before the fetch: every event after it may be missing from the answer.
                context.put(SEQ, hub.currentSeq());
            }
            return dispatcher.context(name, values, handle);
        };
        if (mizan.nonBlockingContext(name)) {
            onEventLoop(context, handle, path, name, run);
        } else {
            onWorker(context, handle, path, run);
        }
    }

    private DispatchResult session(RoutingContext context, VertxRequestHandle handle) {
        MizanUser user = handle.user();
        String token = csrf.reuseOrMint(cookie(context), identity(context, handle));
        String mount = context.mountPoint() == null ? "" : stripSlash(context.mountPoint());
        String path = mount + base;
        boolean secure = context.request().isSSL();
        addHeader(
                context,
                "Set-Cookie",
                mizan.csrfCookie() + "=" + token + "; Path=" + (path.isEmpty() ? "/" : path)
                        + (secure ? "; Secure" : "") + "; HttpOnly; SameSite=Lax");
        String mwt = null;
        if (edge != null) {
            mwt = edge.mint(user);
            addHeader(context, "Set-Cookie", edge.cookie(mwt, secure));
        }
        return new DispatchResult(null, SessionAnswer.body(mizan.mapper(), token, user, mwt), List.of(), List.of());
    }

    /** {@code GET {base}/health/}: always 200, a bypassed origin cache degrades the service. */
    private DispatchResult health() {
        return new DispatchResult(
                null, HealthAnswer.body(mizan.mapper(), dispatcher.cacheHealth()), List.of(), List.of());
    }

    /** A header the answer carries, left by the thread that computed it for the event loop to write. */
    private static void addHeader(RoutingContext context, String name, String value) {
        List<String[]> headers = context.get(HEADERS);
        if (headers == null) {
            headers = new ArrayList<>(2);
            context.put(HEADERS, headers);
        }
        headers.add(new String[] {name, value});
    }

    /**
     * The edge's additions to an answer, on the thread that computed it: a renewed MWT cookie when
     * due, and the marks of an edge-cacheable context answer ({@link EdgeOrigin#decorate}). Skipped
     * when the user cannot be known without blocking here.
     */
    private void decorate(RoutingContext context, VertxRequestHandle handle, String path, DispatchResult result) {
        if (edge == null || (Context.isOnEventLoopThread() && mizan.users().blocking() && !handle.resolved())) {
            return;
        }
        MizanUser user;
        try {
            user = handle.user();
        } catch (RuntimeException e) {
            return;
        }
        String presented = CookieHeaders.value(cookieHeader(context.request()), Mwt.COOKIE);
        EdgeOrigin.Decoration decoration =
                edge.decorate(context.request().method().name(), path, presented, user, result);
        if (decoration.renewedMwt() != null) {
            addHeader(
                    context,
                    "Set-Cookie",
                    edge.cookie(decoration.renewedMwt(), context.request().isSSL()));
        }
        EdgeOrigin.Marks marks = decoration.marks();
        if (marks != null) {
            addHeader(context, EdgeOrigin.PERM_HEADER, marks.perm());
            addHeader(context, "ETag", marks.etag());
            context.put(CACHE_CONTROL, marks.cacheControl());
        }
    }

    /**
     * {@code {base}/ws/}: the upgrade's checks on a worker (they resolve the user), the upgrade
     * itself on the event loop, the socket handed to the core's live hub.
     */
    private void socket(RoutingContext context, VertxRequestHandle handle) {
        Context loop = context.vertx().getOrCreateContext();
        HttpServerRequest request = context.request();
        // Held until the upgrade: Vert.x completes it on the request's end, which must not pass meanwhile.
        request.pause();
        try {
            mizan.workers().execute(() -> {
                MizanException refusal;
                MizanUser user = null;
                try {
                    user = handle.user();
                    refusal = sockets.refusal(request, handle, cookie(context), identity(context, handle));
                } catch (MizanException e) {
                    refusal = e;
                } catch (RuntimeException e) {
                    refusal = dispatcher.normalize(e, WS, handle);
                }
                MizanException refused = refusal;
                MizanUser socketUser = user;
                loop.runOnContext(ignored -> {
                    if (refused != null) {
                        request.resume();
                        write(context, dispatcher.failure(refused));
                        return;
                    }
                    sockets.upgrade(request, socketUser).onFailure(failure -> {
                        LOG.debug("WebSocket upgrade failed", failure);
                        write(
                                context,
                                dispatcher.failure(new MizanException(
                                        ErrorCode.BAD_REQUEST,
                                        "The WebSocket upgrade failed",
                                        Map.of("reason", "not_upgrade"))));
                    });
                });
            });
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    /** The caller's CSRF identity: the user, else the Vert.x session when there is one ({@link CsrfTokens#identity}). */
    private static String identity(RoutingContext context, VertxRequestHandle handle) {
        MizanUser user = handle.user();
        Session session = context.session();
        return CsrfTokens.identity(user == null ? null : user.id(), session == null ? null : session.id());
    }

    /** This server's origin as the request addressed it. */
    static String ownOrigin(HttpServerRequest request) {
        HostAndPort authority = request.authority();
        String scheme = request.scheme() == null ? "http" : request.scheme();
        return authority == null ? scheme + "://localhost" : Origins.of(scheme, authority.host(), authority.port());
    }

    /** Runs on a virtual thread, then writes the answer on the request's event loop. */
    private void onWorker(
            RoutingContext context, VertxRequestHandle handle, String where, Supplier<DispatchResult> work) {
        Context loop = context.vertx().getOrCreateContext();
        String path = context.get(PATH);
        try {
            mizan.workers().execute(() -> {
                DispatchResult result;
                try {
                    result = work.get();
                } catch (MizanException e) {
                    result = dispatcher.failure(e);
                } catch (RuntimeException e) {
                    result = dispatcher.failure(dispatcher.normalize(e, where, handle));
                }
                decorate(context, handle, path, result);
                DispatchResult answer = result;
                if (answer.answer().buffered()) {
                    loop.runOnContext(ignored -> write(context, answer));
                } else {
                    stream(context, loop, answer);
                }
            });
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    /** Runs a {@link NonBlocking} function here, on the event loop; in development mode, holds it to the budget. */
    private void onEventLoop(
            RoutingContext context,
            VertxRequestHandle handle,
            String path,
            String name,
            Supplier<DispatchResult> work) {
        long start = System.nanoTime();
        DispatchResult result;
        try {
            result = work.get();
        } catch (MizanException e) {
            result = dispatcher.failure(e);
        } catch (RuntimeException e) {
            result = dispatcher.failure(dispatcher.normalize(e, name, handle));
        }
        long elapsed = System.nanoTime() - start;
        if (mizan.developmentMode() && elapsed > mizan.eventLoopBudgetNanos()) {
            LOG.error(
                    "{} is @NonBlocking but held the event loop for {} ms (budget {} ms): it blocks; remove"
                            + " @NonBlocking or move the blocking call off the event loop",
                    name,
                    elapsed / 1_000_000,
                    mizan.eventLoopBudgetNanos() / 1_000_000);
            result = dispatcher.failure(new MizanException(
                    ErrorCode.INTERNAL_ERROR,
                    "A non-blocking function blocked the event loop (development mode)",
                    Map.of("function", name, "reason", "blocked_event_loop")));
        }
        decorate(context, handle, path, result);
        DispatchResult answer = result;
        if (answer.answer().buffered()) {
            write(context, answer);
            return;
        }
        // A streamed answer is serialized while written: never on the event loop.
        Context loop = context.vertx().getOrCreateContext();
        try {
            mizan.workers().execute(() -> stream(context, loop, answer));
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    /**
     * Writes a streamed answer from a virtual thread: the head on the event loop, then the body
     * serialized here chunk by chunk, each handed to the event loop and written before the next is
     * made (so a slow reader holds one chunk, and the event loop never serializes).
     */
    private static void stream(RoutingContext context, Context loop, DispatchResult result) {
        CompletableFuture<Boolean> head = new CompletableFuture<>();
        loop.runOnContext(ignored -> head.complete(writeHead(context, result)));
        try {
            if (!head.get(30, TimeUnit.SECONDS)) {
                return;
            }
            try (OutputStream out = new LoopOutputStream(context.response(), loop)) {
                result.answer().writeTo(out);
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.debug("A streamed answer was not delivered", e);
            loop.runOnContext(ignored -> context.request().connection().close());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.runOnContext(ignored -> context.request().connection().close());
        }
    }

    /** An output on a virtual thread that writes to a response on its event loop, one chunk in flight. */
    private static final class LoopOutputStream extends OutputStream {

        private final HttpServerResponse response;
        private final Context loop;
        private final byte[] chunk = new byte[CHUNK];
        private int size;

        LoopOutputStream(HttpServerResponse response, Context loop) {
            this.response = response;
            this.loop = loop;
        }

        @Override
        public void write(int b) throws IOException {
            if (size == chunk.length) {
                send(false);
            }
            chunk[size++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            int at = offset;
            int left = length;
            while (left > 0) {
                if (size == chunk.length) {
                    send(false);
                }
                int n = Math.min(left, chunk.length - size);
                System.arraycopy(bytes, at, chunk, size, n);
                size += n;
                at += n;
                left -= n;
            }
        }

        @Override
        public void close() throws IOException {
            send(true);
        }

        private void send(boolean last) throws IOException {
            Buffer buffer = Buffer.buffer(java.util.Arrays.copyOf(chunk, size));
            size = 0;
            CompletableFuture<Void> sent = new CompletableFuture<>();
            loop.runOnContext(ignored -> {
                if (response.closed()) {
                    sent.completeExceptionally(new IOException("the connection closed"));
                    return;
                }
                (last ? response.end(buffer) : response.write(buffer)).onComplete(done -> {
                    if (done.succeeded()) {
                        sent.complete(null);
                    } else {
                        sent.completeExceptionally(done.cause());
                    }
                });
            });
            try {
                sent.get(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while writing the answer");
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("the answer could not be written", e);
            }
        }
    }

    /**
     * Every failure on the Mizan path as an envelope: the body handler's 413, an auth handler's 401
     * or 403, or an exception some handler threw.
     */
    void failure(RoutingContext context) {
        if (context.response().ended()) {
            return;
        }
        String path = below(context);
        MizanException error = switch (context.statusCode()) {
            case 413 -> Refusals.tooLarge(mizan.bodyLimit());
            case 401 -> Refusals.badCredentials();
            case 403 -> new MizanException(ErrorCode.FORBIDDEN, "Forbidden", Map.of());
            case 404 -> Refusals.noEndpoint(path);
            case 405 -> Refusals.wrongMethod(context.request().method().name(), "the endpoint's method");
            case 400 -> new MizanException(ErrorCode.BAD_REQUEST, "Bad request", Map.of());
            default -> {
                Throwable failure = context.failure();
                yield failure == null
                        ? new MizanException(ErrorCode.INTERNAL_ERROR, "Internal error", Map.of())
                        : dispatcher.normalize(failure, path, new VertxRequestHandle(context, request -> null));
            }
        };
        write(context, dispatcher.failure(error));
    }

    /** Writes a buffered answer, on the event loop. */
    private static void write(RoutingContext context, DispatchResult result) {
        if (writeHead(context, result)) {
            context.response().end(Buffer.buffer(result.answer().bytes()));
        }
    }

    /**
     * The status and headers of an answer, on the event loop; {@code false} when the response is
     * already ended or closed. A call answered before its body was read (or all of it) closes the
     * connection (HTTP/1.1) or drops the rest of the stream (HTTP/2).
     */
    private static boolean writeHead(RoutingContext context, DispatchResult result) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return false;
        }
        response.setStatusCode(result.error() == null ? 200 : HttpStatuses.of(result.error()));
        response.putHeader("Content-Type", "application/json");
        String cacheControl = context.get(CACHE_CONTROL);
        response.putHeader("Cache-Control", cacheControl == null ? "no-store" : cacheControl);
        CacheReport cache = result.cache();
        if (cache != null) {
            response.putHeader("X-Mizan-Cache", cache.status());
            if (!cache.keys().isEmpty()) {
                response.putHeader("X-Mizan-Cache-Keys", cache.keysHeader());
            }
        }
        HttpServerRequest request = context.request();
        if (request.method() == HttpMethod.POST && !request.isEnded()) {
            if (request.version() == HttpVersion.HTTP_2) {
                // The stream's unread rest is read and dropped, so that the client's send completes.
                request.handler(ignored -> {}).resume();
            } else {
                response.putHeader("Connection", "close");
            }
        }
        Object seq = context.get(SEQ);
        if (seq != null) {
            response.putHeader(LiveHub.SEQ_HEADER, seq.toString());
        }
        String invalidate = result.invalidateHeader();
        if (invalidate != null) {
            response.putHeader("X-Mizan-Invalidate", invalidate);
        }
        List<String[]> headers = context.get(HEADERS);
        if (headers != null) {
            for (String[] header : headers) {
                response.headers().add(header[0], header[1]);
            }
        }
        if (!result.answer().buffered()) {
            response.putHeader("Content-Length", Long.toString(result.answer().length()));
        }
        return true;
    }

    private @Nullable String cookie(RoutingContext context) {
        return CookieHeaders.value(cookieHeader(context.request()), mizan.csrfCookie());
    }

    /** The request's cookies as one header (HTTP/2 may send them in several). */
    private static @Nullable String cookieHeader(HttpServerRequest request) {
        List<String> all = request.headers().getAll("Cookie");
        return all.isEmpty() ? null : all.size() == 1 ? all.get(0) : String.join("; ", all);
    }

    /** The path below the base path ({@code /call/}, {@code /ctx/project/}, …). */
    private String below(RoutingContext context) {
        String path = context.normalizedPath();
        String mount = context.mountPoint() == null ? "" : stripSlash(context.mountPoint());
        String prefix = mount + base;
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private static String stripSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The call's answer; the seq of the live event it published is left for {@link #write} to send. */
    private static DispatchResult withSeq(RoutingContext context, LiveHub.Published<DispatchResult> done) {
        if (done.seq() >= 0) {
            context.put(SEQ, done.seq());
        }
        return done.answer();
    }
}
