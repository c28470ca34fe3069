package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import dev.mizan.core.PermissionKey;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.core.edge.Mwt;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.Registry;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The origin's side of the edge (docs/edge.md), on when {@code mizan.edge.enabled}: issues and
 * renews the MWT cookie, serves the edge manifest, and marks answers of edge-cacheable contexts
 * with the permission key they were computed under ({@code X-Mizan-Perm}), an {@code ETag} and
 * {@code Cache-Control: private, no-cache} (a browser may keep and revalidate them; no shared
 * cache that ignores the MWT may).
 */
final class EdgeSupport {

    /** The header naming the permission key an answer was computed under. */
    static final String PERM_HEADER = "X-Mizan-Perm";

    private final Mwt mwt;
    private final EdgeManifest manifest;
    private final Registry registry;
    private final byte[] manifestBytes;

    private EdgeSupport(Mwt mwt, EdgeManifest manifest, Registry registry) {
        this.mwt = mwt;
        this.manifest = manifest;
        this.registry = registry;
        this.manifestBytes = manifest.toJsonText().getBytes(StandardCharsets.UTF_8);
    }

    /** The edge support of an application, or {@code null} when {@code mizan.edge.enabled} is off. */
    static @Nullable EdgeSupport create(MizanProperties properties, Registry registry) {
        MizanEdgeProperties edge = properties.getEdge();
        if (!edge.isEnabled()) {
            return null;
        }
        String secret = properties.getCache().getSecret();
        if (secret == null || secret.length() < 32) {
            throw new IllegalStateException("mizan.edge.enabled needs mizan.cache.secret (at least 32 characters):"
                    + " the edge keys its cache and verifies MWTs with keys derived from it");
        }
        Mwt mwt =
                Mwt.fromSecrets(secret, properties.getCache().getPreviousSecret(), edge.getMwtTtl(), Clock.systemUTC());
        EdgeManifest manifest = EdgeManifest.of(registry, properties.getBasePath(), edge.getWithoutMwt());
        return new EdgeSupport(mwt, manifest, registry);
    }

    EdgeManifest manifest() {
        return manifest;
    }

    /** {@code GET {base}/edge/manifest/}. */
    DispatchResult manifestAnswer() {
        return new DispatchResult(null, manifestBytes, List.of(), List.of());
    }

    /** A fresh token for the caller, set as the cookie; for {@code /session/}'s answer. */
    String issue(HttpServletRequest request, HttpServletResponse response, @Nullable MizanUser user) {
        String token = mwt.mint(PermissionKey.classOf(user));
        setCookie(request, response, token);
        return token;
    }

    /** Sets a new cookie when the caller's is missing, invalid, of another class or half-spent. */
    void renew(HttpServletRequest request, HttpServletResponse response, @Nullable MizanUser user) {
        if (response.isCommitted()) {
            return;
        }
        PermissionKey perm = PermissionKey.classOf(user);
        if (mwt.needsRenewal(cookie(request), perm)) {
            setCookie(request, response, mwt.mint(perm));
        }
    }

    /**
     * Marks a successful answer of an edge-cacheable context; returns its {@code Cache-Control}, or
     * {@code null} to keep the default ({@code no-store}).
     */
    @Nullable
    String markContext(String name, @Nullable MizanUser user, DispatchResult result, HttpServletResponse response) {
        if (!result.ok() || manifest.context(name) == null) {
            return null;
        }
        ContextDescriptor context = registry.context(name);
        if (context == null) {
            return null;
        }
        response.setHeader(PERM_HEADER, PermissionKey.of(context.scope(), user).value());
        response.setHeader("ETag", etag(result.body()));
        return "private, no-cache";
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\""
                    + Base64.getUrlEncoder()
                            .withoutPadding()
                            .encodeToString(digest)
                            .substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private void setCookie(HttpServletRequest request, HttpServletResponse response, String token) {
        ResponseCookie cookie = ResponseCookie.from(Mwt.COOKIE, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(mwt.ttl())
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
