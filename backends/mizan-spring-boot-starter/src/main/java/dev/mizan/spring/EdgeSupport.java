package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.edge.EdgeOrigin;
import dev.mizan.core.edge.Mwt;
import dev.mizan.core.registry.Registry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The servlet side of the core's {@link EdgeOrigin} (docs/edge.md), on when {@code
 * mizan.edge.enabled}: reads and writes the MWT cookie, serves the manifest, writes the marks of
 * edge-cacheable answers.
 */
final class EdgeSupport {

    private final EdgeOrigin edge;

    private EdgeSupport(EdgeOrigin edge) {
        this.edge = edge;
    }

    /** The edge support of an application, or {@code null} when {@code mizan.edge.enabled} is off. */
    static @Nullable EdgeSupport create(MizanProperties properties, Registry registry) {
        MizanEdgeProperties settings = properties.getEdge();
        if (!settings.isEnabled()) {
            return null;
        }
        try {
            return new EdgeSupport(EdgeOrigin.create(
                    registry,
                    properties.getBasePath(),
                    properties.getCache().getSecret(),
                    properties.getCache().getPreviousSecret(),
                    settings.getMwtTtl(),
                    settings.getWithoutMwt(),
                    Clock.systemUTC()));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mizan.edge.enabled: " + e.getMessage(), e);
        }
    }

    /** {@code GET {base}/edge/manifest/}. */
    DispatchResult manifestAnswer() {
        return new DispatchResult(null, edge.manifestJson(), List.of(), List.of());
    }

    /** A fresh token for the caller, set as the cookie; for {@code /session/}'s answer. */
    String issue(HttpServletRequest request, HttpServletResponse response, @Nullable MizanUser user) {
        String token = edge.mint(user);
        setCookie(request, response, token);
        return token;
    }

    /** Sets a new cookie when the caller's is missing, invalid, of another class or half-spent. */
    void renew(HttpServletRequest request, HttpServletResponse response, @Nullable MizanUser user) {
        if (response.isCommitted()) {
            return;
        }
        String renewed = edge.renewal(cookie(request), user);
        if (renewed != null) {
            setCookie(request, response, renewed);
        }
    }

    /**
     * Writes the marks of a successful answer of an edge-cacheable context; returns its {@code
     * Cache-Control}, or {@code null} to keep the default ({@code no-store}).
     */
    @Nullable
    String markContext(String name, @Nullable MizanUser user, DispatchResult result, HttpServletResponse response) {
        EdgeOrigin.Marks marks = edge.marks(name, user, result);
        if (marks == null) {
            return null;
        }
        response.setHeader(EdgeOrigin.PERM_HEADER, marks.perm());
        response.setHeader("ETag", marks.etag());
        return marks.cacheControl();
    }

    private void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        ResponseCookie cookie = ResponseCookie.from(Mwt.COOKIE, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(edge.mwtTtl())
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(Mwt.COOKIE)) {
                return c.getValue();
            }
        }
        return null;
    }

    /** The session answer's extra member. */
    static void addToSession(Map<String, Object> body, String token) {
        body.put("mwt", token);
    }
}
