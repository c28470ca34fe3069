package dev.mizan.spring;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.live.LiveConnection;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.live.LiveTransport;
import dev.mizan.core.web.Origins;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.BinaryMessage;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.AbstractWebSocketHandler;
import org.springframework.web.socket.server.support.DefaultHandshakeHandler;
import org.springframework.web.socket.server.support.WebSocketHttpRequestHandler;

/**
 * {@code {base}/ws/}: checks the upgrade (Origin, CSRF token), then hands the socket to the core's
 * {@link LiveHub}. Everything past the handshake is the core's: this class only translates Spring's
 * WebSocket session onto {@link LiveTransport} and feeds it the text frames.
 */
final class LiveEndpoint {

    private static final String HANDLE = LiveEndpoint.class.getName() + ".handle";
    private static final String CONNECTION = LiveEndpoint.class.getName() + ".connection";
    private static final String PARTIAL = LiveEndpoint.class.getName() + ".partial";

    private final MizanRuntime runtime;
    private final MizanUserResolver users;
    private final CsrfCookies csrf;
    private final boolean csrfEnabled;
    private final Set<String> allowedOrigins;
    private final int frameBufferBytes;
    private final WebSocketHttpRequestHandler upgrade;

    LiveEndpoint(MizanRuntime runtime, MizanUserResolver users, CsrfCookies csrf, MizanProperties properties) {
        this.runtime = runtime;
        this.users = users;
        this.csrf = csrf;
        this.csrfEnabled = properties.getCsrf().isEnabled();
        this.allowedOrigins = Origins.normalizeAll(properties.getLive().getAllowedOrigins());
        // Twice the frame bound: a frame a little over it gets an error frame; only a far larger one
        // closes the socket (1009).
        this.frameBufferBytes = (int) Math.min(
                        Integer.MAX_VALUE / 2,
                        properties.getLive().getMaxFrameSize().toBytes())
                * 2;
        this.upgrade = new WebSocketHttpRequestHandler(new Handler(), new DefaultHandshakeHandler());
        this.upgrade.getHandshakeInterceptors().add(new org.springframework.web.socket.server.HandshakeInterceptor() {
            @Override
            public boolean beforeHandshake(
                    org.springframework.http.server.ServerHttpRequest request,
                    org.springframework.http.server.ServerHttpResponse response,
                    org.springframework.web.socket.WebSocketHandler wsHandler,
                    Map<String, Object> attributes) {
                if (request instanceof org.springframework.http.server.ServletServerHttpRequest servlet) {
                    Object handle = servlet.getServletRequest().getAttribute(HANDLE);
                    if (handle != null) {
                        attributes.put(HANDLE, handle);
                        return true;
                    }
                }
                return false;
            }

            @Override
            public void afterHandshake(
                    org.springframework.http.server.ServerHttpRequest request,
                    org.springframework.http.server.ServerHttpResponse response,
                    org.springframework.web.socket.WebSocketHandler wsHandler,
                    @Nullable Exception exception) {}
        });
    }

    /** Serves a request to {@code {base}/ws/}: an envelope when refused, else the upgrade. */
    @Nullable
    DispatchResult serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        LiveHub hub = runtime.live();
        if (hub == null) {
            return refuse(ErrorCode.NOT_FOUND, "Live updates are disabled on this server", "disabled");
        }
        if (!"GET".equals(request.getMethod())
                || request.getHeader("Upgrade") == null
                || !"websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            return refuse(ErrorCode.BAD_REQUEST, "Open " + request.getRequestURI() + " as a WebSocket", "not_upgrade");
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin != null
                && !Origins.accepted(
                        origin,
                        request.getHeader("Sec-Fetch-Site"),
                        host == null ? null : request.getScheme() + "://" + host,
                        allowedOrigins)) {
            return refuse(ErrorCode.FORBIDDEN, "Origin " + origin + " may not open a socket here", "origin");
        }
        if (csrfEnabled
                && !BearerRequests.isBearer(request)
                && !csrf.accepts(request, request.getParameter("csrf_token"))) {
            return refuse(
                    ErrorCode.FORBIDDEN,
                    "Missing or invalid CSRF token: send the token from /session/ as the csrf_token query param",
                    "csrf");
        }
        request.setAttribute(HANDLE, new SocketHandle(users.resolve(request), request));
        try {
            upgrade.handleRequest(request, response);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        return null;
    }

    private DispatchResult refuse(ErrorCode code, String message, String reason) {
        return runtime.dispatcher().failure(new MizanException(code, message, Map.of("reason", reason)));
    }

    private final class Handler extends AbstractWebSocketHandler {

        @Override
        public void afterConnectionEstablished(WebSocketSession session) {
            LiveHub hub = runtime.live();
            RequestHandle handle = (RequestHandle) session.getAttributes().get(HANDLE);
            if (hub == null || handle == null) {
                close(session, CloseStatus.SERVER_ERROR);
                return;
            }
            session.getAttributes().put(CONNECTION, hub.open(new SessionTransport(session), handle));
        }

        /**
         * Messages come in parts of the container's buffer (8 KB by default) and are joined here, so a
         * socket holds no buffer of the frame bound's size for its whole life (only a message in
         * progress does, as long as it is); one far over the bound closes the socket (1009).
         */
        @Override
        public boolean supportsPartialMessages() {
            return true;
        }

        @Override
        protected void handleTextMessage(WebSocketSession session, TextMessage message) {
            LiveConnection c = connection(session);
            if (c == null) {
                return;
            }
            String whole = partial(session).text(message.getPayload(), message.isLast());
            if (whole != null) {
                c.onText(whole);
            }
        }

        @Override
        protected void handleBinaryMessage(WebSocketSession session, BinaryMessage message) {
            LiveConnection c = connection(session);
            if (c != null && partial(session).binary(message.getPayloadLength(), message.isLast())) {
                c.onBinary();
            }
        }

        private Partial partial(WebSocketSession session) {
            return (Partial) session.getAttributes().computeIfAbsent(PARTIAL, k -> new Partial(session));
        }

        @Override
        public void handleTransportError(WebSocketSession session, Throwable exception) {
            LiveConnection c = connection(session);
            if (c != null) {
                c.closedByPeer();
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
            LiveConnection c = connection(session);
            if (c != null) {
                c.closedByPeer();
            }
        }

        private @Nullable LiveConnection connection(WebSocketSession session) {
            return (LiveConnection) session.getAttributes().get(CONNECTION);
        }
    }

    /** The message in progress on one socket, joined from its parts, up to twice the frame bound. */
    private final class Partial {
        private final WebSocketSession session;
        private @Nullable StringBuilder text;
        private long binaryBytes;
        private boolean over;

        Partial(WebSocketSession session) {
            this.session = session;
        }

        /** The whole message once its last part came, else null (also when it went over and closed). */
        @Nullable
        String text(String part, boolean last) {
            if (over) {
                return null;
            }
            if (text == null) {
                if (last) {
                    return part;
                }
                text = new StringBuilder(part.length() * 2);
            }
            if (text.length() + (long) part.length() > frameBufferBytes) {
                text = null;
                over = true;
                close(session, CloseStatus.TOO_BIG_TO_PROCESS);
                return null;
            }
            text.append(part);
            if (!last) {
                return null;
            }
            String whole = text.toString();
            text = null;
            return whole;
        }

        /** Whether a binary message ended (its bytes counted, not kept: the connection refuses it anyway). */
        boolean binary(int partBytes, boolean last) {
            if (over) {
                return false;
            }
            binaryBytes += partBytes;
            if (binaryBytes > frameBufferBytes) {
                over = true;
                close(session, CloseStatus.TOO_BIG_TO_PROCESS);
                return false;
            }
            if (last) {
                binaryBytes = 0;
            }
            return last;
        }
    }

    private static void close(WebSocketSession session, CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            // Already closed or broken: nothing left to tell the client.
        }
    }

    /** Spring's session as the core's transport. */
    private record SessionTransport(WebSocketSession session) implements LiveTransport {
        @Override
        public void send(String text) throws IOException {
            session.sendMessage(new TextMessage(text));
        }

        @Override
        public void close(int code, String reason) {
            LiveEndpoint.close(session, new CloseStatus(code, reason));
        }
    }

    /** The request handle of a socket: the user and headers of its upgrade request, fixed for its life. */
    private static final class SocketHandle implements RequestHandle {
        private final @Nullable MizanUser user;
        private final Map<String, String> headers;
        private final @Nullable Principal principal;

        SocketHandle(@Nullable MizanUser user, HttpServletRequest request) {
            this.user = user;
            Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String name : Collections.list(request.getHeaderNames())) {
                if (!name.equalsIgnoreCase("cookie")) {
                    h.put(name, request.getHeader(name));
                }
            }
            this.headers = h;
            this.principal = user == null ? null : request.getUserPrincipal();
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
        public <T> @Nullable T unwrap(Class<T> type) {
            return type == Principal.class && principal != null ? type.cast(principal) : null;
        }
    }
}
