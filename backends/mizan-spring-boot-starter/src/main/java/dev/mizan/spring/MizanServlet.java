package dev.mizan.spring;

import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.http.Endpoint;
import dev.mizan.core.http.HealthAnswer;
import dev.mizan.core.http.Refusals;
import dev.mizan.core.http.SessionAnswer;
import dev.mizan.core.live.LiveHub;
import dev.mizan.core.upload.MultipartStream;
import dev.mizan.core.upload.UploadSettings;
import dev.mizan.core.web.CallChecks;
import dev.mizan.core.web.CallRequest;
import dev.mizan.core.web.QueryStrings;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP adapter: {@code POST {base}/call/}, {@code GET {base}/ctx/{name}/}, {@code GET
 * {base}/session/}, {@code GET {base}/health/} and {@code GET {base}/edge/manifest/}, translated onto
 * the dispatcher; routing, refusals and the session and health answers come from the core ({@link
 * dev.mizan.core.http}).
 */
final class MizanServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(MizanServlet.class);
    private static final String WS = "/ws/";

    private final transient MizanRuntime runtime;
    private final transient MizanUserResolver users;
    private final transient CsrfCookies csrf;
    private final transient CallChecks checks;
    private final long bodyLimit;
    private final transient LiveEndpoint live;
    private final transient UploadSettings uploads;
    private final long bodyReadNanos;

    MizanServlet(MizanRuntime runtime, MizanUserResolver users, CsrfCookies csrf, MizanProperties properties) {
        this.runtime = runtime;
        this.users = BearerRequests.preferringBearer(users);
        this.live = new LiveEndpoint(runtime, this.users, csrf, properties);
        this.csrf = csrf;
        this.checks = new CallChecks(
                properties.getCsrf().isEnabled() ? csrf.tokens() : null,
                Set.copyOf(properties.getCsrf().getAllowedOrigins()));
        this.bodyLimit = properties.getBodyLimit().toBytes();
        this.uploads = properties.getUploads().settings(properties.getBodyLimit());
        this.bodyReadNanos = properties.getBodyReadTimeout().toNanos();
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        ServletRequestHandle handle = new ServletRequestHandle(request, response, users);
        DispatchResult result;
        try {
            if (path.equals(WS)) {
                result = live.serve(request, response);
                if (result == null) {
                    return;
                }
            } else {
                result = route(path, request, response, handle);
            }
        } catch (MizanException e) {
            result = runtime.dispatcher().failure(e);
        } catch (RuntimeException e) {
            result = runtime.dispatcher().failure(runtime.dispatcher().normalize(e, path, handle));
        }
        EdgeSupport edge = runtime.edge();
        String cacheControl = null;
        if (edge != null) {
            cacheControl = edgeHeaders(edge, path, request, response, handle, result);
        }
        HttpResponses.write(response, result, cacheControl);
    }

    /** The MWT cookie's renewal, and the marks of an edge-cacheable context answer (docs/edge.md). */
    private static @Nullable String edgeHeaders(
            EdgeSupport edge,
            String path,
            HttpServletRequest request,
            HttpServletResponse response,
            ServletRequestHandle handle,
            DispatchResult result) {
        MizanUser user;
        try {
            user = handle.user();
        } catch (RuntimeException e) {
            return null;
        }
        return edge.decorate(request, response, path, user, result);
    }

    private DispatchResult route(
            String path, HttpServletRequest request, HttpServletResponse response, ServletRequestHandle handle)
            throws IOException {
        if (path.equals(Endpoint.EDGE_MANIFEST) && runtime.edge() == null) {
            throw Refusals.noEndpoint(path);
        }
        return switch (Endpoint.route(request.getMethod(), path)) {
            case Endpoint.Call call -> call(request, response, handle);
            case Endpoint.Session session -> session(request, response);
            case Endpoint.EdgeManifest manifest -> runtime.edge().manifestAnswer();
            case Endpoint.Health health -> health();
            case Endpoint.Context bundle -> context(bundle.name(), request, response, handle);
        };
    }

    /**
     * {@code POST /call/}: Origin, CSRF token and content type are checked before the body is read
     * ({@link CallChecks}); a bearer request carries no ambient credential, so only its content
     * type is checked. The built-in JWT functions need no token either (decided on the body).
     */
    private DispatchResult call(HttpServletRequest request, HttpServletResponse response, ServletRequestHandle handle)
            throws IOException {
        CallRequest call = csrf.callRequest(request);
        boolean multipart = MultipartStream.isMultipart(call.contentType());
        MizanException refusal = BearerRequests.isBearer(request)
                ? CallChecks.contentTypeRefusal(call.contentType())
                : checks.refusal(call);
        if (multipart
                && refusal != null
                && "content_type".equals(refusal.details().get("reason"))) {
            // The body of a function that takes uploads: the dispatcher refuses it for any other.
            refusal = null;
        }
        if (multipart) {
            if (refusal != null) {
                LOG.debug("Multipart call refused before its body: {}", refusal.getMessage());
                return runtime.dispatcher().failure(refusal);
            }
            return multipart(request, response, handle);
        }
        byte[] body;
        if (refusal != null && "csrf".equals(refusal.details().get("reason"))) {
            if (request.getContentLengthLong() > bodyLimit) {
                return runtime.dispatcher().failure(refusal);
            }
            body = readBody(request);
            if (!runtime.dispatcher().needsNoCsrf(body)) {
                return runtime.dispatcher().failure(refusal);
            }
            MizanException type = CallChecks.contentTypeRefusal(call.contentType());
            if (type != null) {
                return runtime.dispatcher().failure(type);
            }
        } else if (refusal != null) {
            LOG.debug("Call refused before its body: {}", refusal.getMessage());
            return runtime.dispatcher().failure(refusal);
        } else {
            body = readBody(request);
        }
        byte[] json = body;
        return withSeq(
                response,
                LiveHub.publishing(runtime.live(), () -> runtime.dispatcher().call(json, handle)));
    }

    /** The call's answer; the seq of the live event it published goes in {@link LiveHub#SEQ_HEADER}. */
    private static DispatchResult withSeq(HttpServletResponse response, LiveHub.Published<DispatchResult> done) {
        if (done.seq() >= 0) {
            response.setHeader(LiveHub.SEQ_HEADER, Long.toString(done.seq()));
        }
        return done.answer();
    }

    /** A call to a function that takes uploads: read part by part, auth checked before the files. */
    private DispatchResult multipart(
            HttpServletRequest request, HttpServletResponse response, ServletRequestHandle handle) throws IOException {
        DispatchResult result = withSeq(response, LiveHub.publishing(runtime.live(), () -> {
            try (InputStream body = request.getInputStream()) {
                return runtime.dispatcher().callMultipart(body, request.getContentType(), uploads, handle);
            }
        }));
        if (result.error() != null) {
            // The body may be left unread (refused before its files): this connection is not reused.
            response.setHeader("Connection", "close");
        }
        return result;
    }

    private DispatchResult context(
            String name, HttpServletRequest request, HttpServletResponse response, ServletRequestHandle handle) {
        Map<String, String> query = QueryStrings.parse(request.getQueryString());
        handle.user();
        LiveHub hub = runtime.live();
        if (hub != null) {
            // Read before the fetch: every event after it may be missing from the answer.
            response.setHeader(LiveHub.SEQ_HEADER, Long.toString(hub.currentSeq()));
        }
        return runtime.dispatcher().context(name, query, handle);
    }

    private DispatchResult session(HttpServletRequest request, HttpServletResponse response) {
        String token = csrf.issue(request, response);
        MizanUser user = users.resolve(request);
        EdgeSupport edge = runtime.edge();
        String mwt = edge == null ? null : edge.issue(request, response, user);
        return new DispatchResult(null, SessionAnswer.body(runtime.mapper(), token, user, mwt), List.of(), List.of());
    }

    /** {@code {"status": "UP"|"DEGRADED", "cache": {…}}}: always 200, a bypassed cache degrades, never fails. */
    private DispatchResult health() {
        return new DispatchResult(
                null, HealthAnswer.body(runtime.mapper(), runtime.dispatcher().cacheHealth()), List.of(), List.of());
    }

    /**
     * The body, read within the body limit and the read deadline (a body that trickles in slower
     * is refused, so a slow client cannot hold a request thread for long).
     */
    private byte[] readBody(HttpServletRequest request) throws IOException {
        long declared = request.getContentLengthLong();
        if (declared > bodyLimit) {
            throw Refusals.tooLarge(bodyLimit);
        }
        int capacity = declared >= 0 ? (int) declared : (int) Math.min(bodyLimit + 1, 16 * 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream(capacity);
        byte[] chunk = new byte[Math.max(1, Math.min(capacity, 16 * 1024))];
        long deadline = System.nanoTime() + bodyReadNanos;
        try (InputStream in = request.getInputStream()) {
            int n;
            while ((n = in.read(chunk)) >= 0) {
                body.write(chunk, 0, n);
                if (body.size() > bodyLimit) {
                    throw Refusals.tooLarge(bodyLimit);
                }
                if (System.nanoTime() - deadline > 0) {
                    throw Refusals.slowBody(bodyReadNanos / 1_000_000);
                }
            }
        } catch (IOException e) {
            // A broken body (bad chunking, a client that went away, a read timeout) is the client's.
            LOG.debug("Unreadable call body", e);
            throw Refusals.unreadableBody();
        }
        return body.toByteArray();
    }
}
