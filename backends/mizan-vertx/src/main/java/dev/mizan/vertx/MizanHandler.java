package dev.mizan.vertx;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.cache.CacheReport;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.dispatch.Dispatcher;
import dev.mizan.core.http.Endpoint;
import dev.mizan.core.http.HttpStatuses;
import dev.mizan.core.http.Refusals;
import dev.mizan.core.http.SessionAnswer;
import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.upload.MultipartStream;
import dev.mizan.core.web.CallChecks;
import dev.mizan.core.web.CallRequest;
import dev.mizan.core.web.CsrfTokens;
import dev.mizan.core.web.Origins;
import dev.mizan.core.web.QueryStrings;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Session;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
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

    /** Where a worker asks for the connection to be closed after the answer (a body left unread). */
    private static final String CLOSE = MizanHandler.class.getName() + ".close";

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

    MizanHandler(Mizan mizan, String base) {
        this.mizan = mizan;
        this.dispatcher = mizan.dispatcher();
        this.base = base;
        this.csrf = mizan.csrfTokens();
        this.checks = new CallChecks(mizan.csrf() ? csrf : null, mizan.allowedOrigins());
        this.sockets = new LiveSockets(mizan);
    }

    @Override
    public void handle(RoutingContext context) {
        String path = below(context);
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
            switch (Endpoint.route(context.request().method().name(), path)) {
                case Endpoint.Call call -> call(context, handle);
                case Endpoint.Session session -> onWorker(context, handle, path, () -> session(context, handle));
                case Endpoint.Context bundle -> context(context, handle, path, bundle.name());
            }
        } catch (MizanException e) {
            write(context, dispatcher.failure(e));
        } catch (RuntimeException e) {
            write(context, dispatcher.failure(dispatcher.normalize(e, path, handle)));
        }
    }

    private void call(RoutingContext context, VertxRequestHandle handle) {
        String contentType = context.request().getHeader("Content-Type");
        if (MultipartStream.isMultipart(contentType)) {
            multipart(context, handle, contentType);
            return;
        }
        Buffer body = context.body().buffer();
        byte[] bytes = body == null ? new byte[0] : body.getBytes();
        Dispatcher.CallEnvelope envelope = null;
        MizanException unreadable = null;
        try {
            envelope = dispatcher.readCall(bytes);
        } catch (MizanException e) {
            unreadable = e;
        }
        Dispatcher.CallEnvelope call = envelope;
        MizanException bad = unreadable;
        // The checks come first, on the thread the function runs on: the CSRF identity is the user's.
        Supplier<DispatchResult> run = () -> {
            MizanException refusal = refusal(context, handle, bytes);
            if (refusal != null) {
                return dispatcher.failure(refusal);
            }
            if (bad != null || call == null) {
                return dispatcher.failure(bad != null ? bad : new MizanException(ErrorCode.BAD_REQUEST, "No call"));
            }
            LiveHub hub = mizan.live();
            if (hub == null) {
                return dispatcher.call(call.function(), call.args(), handle);
            }
            hub.takePublishedSeq();
            DispatchResult result = dispatcher.call(call.function(), call.args(), handle);
            long seq = hub.takePublishedSeq();
            if (seq >= 0) {
                context.put(SEQ, seq);
            }
            return result;
        };
        if (call != null && mizan.nonBlockingFunction(call.function())) {
            onEventLoop(context, call.function(), run);
        } else {
            onWorker(context, handle, call == null ? Endpoint.CALL : call.function(), run);
        }
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
            MizanException refusal = refusal(context, handle, new byte[0]);
            if (refusal != null && !"content_type".equals(refusal.details().get("reason"))) {
                context.put(CLOSE, true);
                return dispatcher.failure(refusal);
            }
            LiveHub hub = mizan.live();
            if (hub != null) {
                hub.takePublishedSeq();
            }
            DispatchResult result = dispatcher.callMultipart(body, contentType, mizan.uploads(), handle);
            if (result.error() != null) {
                // The body may be left unread (refused before its files): this connection is not reused.
                context.put(CLOSE, true);
            }
            if (hub != null) {
                long seq = hub.takePublishedSeq();
                if (seq >= 0) {
                    context.put(SEQ, seq);
                }
            }
            return result;
        });
    }

    /**
     * The origin, CSRF and content-type checks of a call ({@link CallChecks}). A bearer request and
     * the built-in JWT functions carry no ambient credential and need no CSRF token (the latter
     * decided on the body).
     */
    private @Nullable MizanException refusal(RoutingContext context, VertxRequestHandle handle, byte[] body) {
        HttpServerRequest request = context.request();
        if (handle.isBearer()) {
            return CallChecks.contentTypeRefusal(request.getHeader("Content-Type"));
        }
        CallRequest call = new CallRequest(
                request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"),
                ownOrigin(request),
                request.getHeader("Content-Type"),
                cookie(context),
                request.getHeader(CsrfTokens.HEADER),
                identity(context, handle));
        MizanException refusal = checks.refusal(call);
        if (refusal != null && "csrf".equals(refusal.details().get("reason")) && dispatcher.needsNoCsrf(body)) {
            return CallChecks.contentTypeRefusal(call.contentType());
        }
        return refusal;
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
            onEventLoop(context, name, run);
        } else {
            onWorker(context, handle, path, run);
        }
    }

    private DispatchResult session(RoutingContext context, VertxRequestHandle handle) {
        MizanUser user = handle.user();
        String token = csrf.reuseOrMint(cookie(context), identity(context, handle));
        String mount = context.mountPoint() == null ? "" : stripSlash(context.mountPoint());
        String path = mount + base;
        context.response()
                .putHeader(
                        "Set-Cookie",
                        mizan.csrfCookie() + "=" + token + "; Path=" + (path.isEmpty() ? "/" : path)
                                + (context.request().isSSL() ? "; Secure" : "") + "; HttpOnly; SameSite=Lax");
        return new DispatchResult(null, SessionAnswer.body(mizan.mapper(), token, user), List.of(), List.of());
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
                DispatchResult answer = result;
                loop.runOnContext(ignored -> write(context, answer));
            });
        } catch (RejectedExecutionException e) {
            write(context, dispatcher.failure(new MizanException(ErrorCode.INTERNAL_ERROR, "The server is stopping")));
        }
    }

    /** Runs a {@link NonBlocking} function here, on the event loop; in development mode, holds it to the budget. */
    private void onEventLoop(RoutingContext context, String name, Supplier<DispatchResult> work) {
        long start = System.nanoTime();
        DispatchResult result = work.get();
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
        write(context, result);
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

    private static void write(RoutingContext context, DispatchResult result) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        response.setStatusCode(result.error() == null ? 200 : HttpStatuses.of(result.error()));
        response.putHeader("Content-Type", "application/json");
        response.putHeader("Cache-Control", "no-store");
        CacheReport cache = result.cache();
        if (cache != null) {
            response.putHeader("X-Mizan-Cache", cache.status());
            if (!cache.keys().isEmpty()) {
                response.putHeader("X-Mizan-Cache-Keys", cache.keysHeader());
            }
        }
        if (context.get(CLOSE) != null) {
            if (context.request().version() == HttpVersion.HTTP_2) {
                // The stream's unread rest is read and dropped, so that the client's send completes.
                context.request().handler(ignored -> {}).resume();
            } else {
                response.putHeader("Connection", "close");
            }
        }
        Object seq = context.get(SEQ);
        if (seq != null) {
            response.putHeader("X-Mizan-Seq", seq.toString());
        }
        String invalidate = result.invalidateHeader();
        if (invalidate != null) {
            response.putHeader("X-Mizan-Invalidate", invalidate);
        }
        response.end(Buffer.buffer(result.body()));
    }

    private @Nullable String cookie(RoutingContext context) {
        Cookie cookie = context.request().getCookie(mizan.csrfCookie());
        return cookie == null ? null : cookie.getValue();
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
}
