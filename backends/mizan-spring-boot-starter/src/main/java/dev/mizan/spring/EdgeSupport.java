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
import org.jspecify.annotations.Nullable;

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

    /**
     * Sets a renewed cookie when due and writes the marks of an edge-cacheable context answer
     * ({@link EdgeOrigin#decorate}); returns the answer's {@code Cache-Control}, or {@code null} to
     * keep the default ({@code no-store}).
     */
    @Nullable
    String decorate(
            HttpServletRequest request,
            HttpServletResponse response,
            String path,
            @Nullable MizanUser user,
            DispatchResult result) {
        EdgeOrigin.Decoration decoration = edge.decorate(request.getMethod(), path, cookie(request), user, result);
        if (decoration.renewedMwt() != null && !response.isCommitted()) {
            setCookie(request, response, decoration.renewedMwt());
        }
        EdgeOrigin.Marks marks = decoration.marks();
        if (marks == null) {
            return null;
        }
        response.setHeader(EdgeOrigin.PERM_HEADER, marks.perm());
        response.setHeader("ETag", marks.etag());
        return marks.cacheControl();
    }

    private void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        response.addHeader("Set-Cookie", edge.cookie(token, request.isSecure()));
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
}
