package dev.mizan.vertx;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.live.LiveConnection;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.live.LiveTransport;
import dev.mizan.core.web.CsrfTokens;
import dev.mizan.core.web.Origins;
import dev.mizan.core.web.QueryStrings;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code {base}/ws/} on Vert.x's native WebSocket: checks the upgrade (method, {@code Origin}, the
 * signed CSRF token in the {@code csrf_token} query param unless a bearer token authenticated it),
 * then hands the socket to the core's {@link LiveHub}. Everything past the handshake is the core's:
 * this class only translates a {@link ServerWebSocket} onto {@link LiveTransport} and feeds it the
 * frames.
 */
final class LiveSockets {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSockets.class);
    private static final long SEND_TIMEOUT_SECONDS = 30;

    private final Mizan mizan;
    private final CsrfTokens csrf;
    private final Set<String> allowedOrigins;

    LiveSockets(Mizan mizan) {
        this.mizan = mizan;
        this.csrf = mizan.csrfTokens();
        this.allowedOrigins = Origins.normalizeAll(mizan.allowedOrigins());
    }

    /**
     * The refusal of an upgrade request, or {@code null} when it may be upgraded. Runs on a worker
     * (it resolves the user).
     */
    @Nullable
    MizanException refusal(
            HttpServerRequest request, VertxRequestHandle handle, @Nullable String csrfCookie, String identity) {
        if (mizan.live() == null) {
            return refused(ErrorCode.NOT_FOUND, "Live updates are disabled on this server", "disabled");
        }
        String upgrade = request.getHeader("Upgrade");
        if (!"GET".equals(request.method().name()) || upgrade == null || !"websocket".equalsIgnoreCase(upgrade)) {
            return refused(ErrorCode.BAD_REQUEST, "Open " + request.path() + " as a WebSocket", "not_upgrade");
        }
        String origin = request.getHeader("Origin");
        if (origin != null
                && !Origins.accepted(
                        origin, request.getHeader("Sec-Fetch-Site"), MizanHandler.ownOrigin(request), allowedOrigins)) {
            return refused(ErrorCode.FORBIDDEN, "Origin " + origin + " may not open a socket here", "origin");
        }
        if (mizan.csrf() && !handle.isBearer()) {
            String token = QueryStrings.parse(request.query()).get("csrf_token");
            if (!csrf.accepts(csrfCookie, token, identity)) {
                return refused(
                        ErrorCode.FORBIDDEN,
                        "Missing or invalid CSRF token: send the token from /session/ as the csrf_token query param",
                        "csrf");
            }
        }
        return null;
    }

    /** Upgrades the request (on its event loop) and opens the socket on the hub with the handshake's user. */
    Future<ServerWebSocket> upgrade(HttpServerRequest request, @Nullable MizanUser user) {
        LiveHub hub = mizan.live();
        if (hub == null) {
            return Future.failedFuture("live updates are disabled");
        }
        SocketHandle handle = new SocketHandle(user, request);
        return request.toWebSocket().onSuccess(socket -> {
            LiveConnection connection = hub.open(new SocketTransport(socket), handle);
            socket.textMessageHandler(connection::onText);
            socket.binaryMessageHandler(bytes -> connection.onBinary());
            socket.closeHandler(ignored -> connection.closedByPeer());
            socket.exceptionHandler(failure -> {
                LOG.debug("Live socket failed", failure);
                connection.closedByPeer();
            });
        });
    }

    private static MizanException refused(ErrorCode code, String message, String reason) {
        return new MizanException(code, message, Map.of("reason", reason));
    }

    /**
     * A Vert.x socket as the core's transport. The hub sends from its own virtual threads, where a
     * send waits until the frame is written (the hub's send buffer is the backpressure, as with a
     * blocking servlet socket); on an event loop it never waits.
     */
    private record SocketTransport(ServerWebSocket socket) implements LiveTransport {
        @Override
        public void send(String text) throws Exception {
            Future<Void> written = socket.writeTextMessage(text);
            if (!Context.isOnEventLoopThread()) {
                written.toCompletionStage().toCompletableFuture().get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        }

        @Override
        public void close(int code, String reason) {
            if (!socket.isClosed()) {
                socket.close((short) code, reason);
            }
        }
    }

    /** The request handle of a socket: the user and headers of its upgrade request, fixed for its life. */
    private static final class SocketHandle implements RequestHandle {
        private final @Nullable MizanUser user;
        private final Map<String, String> headers;
        private final @Nullable String remoteAddress;

        SocketHandle(@Nullable MizanUser user, HttpServerRequest request) {
            this.user = user;
            Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            request.headers().forEach(entry -> {
                if (!entry.getKey().equalsIgnoreCase("cookie")) {
                    h.putIfAbsent(entry.getKey(), entry.getValue());
                }
            });
            this.headers = h;
            this.remoteAddress = request.remoteAddress() == null
                    ? null
                    : request.remoteAddress().hostAddress();
        }

        @Override
        public @Nullable MizanUser user() {
            return user;
        }

        @Override
        public @Nullable String header(String name) {
            return headers.get(name);
        }

        @Override
        public @Nullable String remoteAddress() {
            return remoteAddress;
        }

        @Override
        public <T> @Nullable T unwrap(Class<T> type) {
            return null;
        }
    }
}
