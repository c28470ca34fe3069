package dev.mizan.core.edge;

import dev.mizan.core.MizanUser;
import dev.mizan.core.PermissionKey;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.http.Endpoint;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.Registry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The origin's side of the edge (docs/edge.md), the same for every adapter: the MWT an adapter
 * sets as a cookie (and when to renew it), the manifest it serves at {@code {base}/edge/manifest/},
 * and the marks of an answer of an edge-cacheable context. Adapters only read the cookie and
 * write the headers.
 */
public final class EdgeOrigin {

    /** The header naming the permission key an answer was computed under. */
    public static final String PERM_HEADER = "X-Mizan-Perm";

    /** The {@code Cache-Control} of an edge-cacheable answer: a browser may keep and revalidate it, no shared cache may. */
    public static final String CACHE_CONTROL = "private, no-cache";

    /**
     * The marks of an edge-cacheable answer.
     *
     * @param perm the permission key it was computed under ({@code X-Mizan-Perm})
     * @param etag its strong entity tag
     * @param cacheControl its {@code Cache-Control}
     */
    public record Marks(String perm, String etag, String cacheControl) {}

    /**
     * What the edge adds to an answer.
     *
     * @param renewedMwt a token to set as the cookie ({@link #cookie}), or {@code null} to keep the caller's
     * @param marks the marks of an edge-cacheable context answer, or {@code null}
     */
    public record Decoration(
            @Nullable String renewedMwt, @Nullable Marks marks) {}

    private static final DateTimeFormatter COOKIE_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);

    private final Mwt mwt;
    private final EdgeManifest manifest;
    private final Registry registry;
    private final byte[] manifestJson;
    private final Clock clock;

    private EdgeOrigin(Mwt mwt, EdgeManifest manifest, Registry registry, Clock clock) {
        this.mwt = mwt;
        this.manifest = manifest;
        this.registry = registry;
        this.manifestJson = manifest.toJsonText().getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /**
     * The edge of an application.
     *
     * @param secret the cache secret ({@code mizan.cache.secret}), at least 32 characters
     * @param previousSecret the secret before a rotation, or {@code null}
     * @param mwtTtl how long an MWT lives
     * @param withoutMwt {@code anon} or {@code pass} (see {@link EdgeManifest})
     * @throws IllegalArgumentException naming the property when the secret is missing or short
     */
    public static EdgeOrigin create(
            Registry registry,
            String basePath,
            @Nullable String secret,
            @Nullable String previousSecret,
            Duration mwtTtl,
            String withoutMwt,
            Clock clock) {
        if (secret == null || secret.length() < 32) {
            throw new IllegalArgumentException("the edge needs mizan.cache.secret (at least 32 characters):"
                    + " the edge keys its cache and verifies MWTs with keys derived from it");
        }
        return new EdgeOrigin(
                Mwt.fromSecrets(secret, previousSecret, mwtTtl, clock),
                EdgeManifest.of(registry, basePath, withoutMwt),
                registry,
                clock);
    }

    public EdgeManifest manifest() {
        return manifest;
    }

    /** The manifest's JSON bytes, as served. */
    public byte[] manifestJson() {
        return manifestJson.clone();
    }

    /** How long an MWT lives (the cookie's {@code Max-Age}). */
    public Duration mwtTtl() {
        return mwt.ttl();
    }

    /**
     * The {@code Set-Cookie} value that carries a token: {@value Mwt#COOKIE} on the path {@code /}
     * (the edge reads it on every path of the site), {@code HttpOnly}, {@code SameSite=Lax}, living
     * as long as the token ({@code Max-Age} and {@code Expires}), {@code Secure} on HTTPS.
     */
    public String cookie(String token, boolean secure) {
        long maxAge = mwt.ttl().toSeconds();
        String expires = COOKIE_DATE.format(clock.instant().plusSeconds(maxAge).atZone(ZoneOffset.UTC));
        return Mwt.COOKIE + "=" + token + "; Path=/; Max-Age=" + maxAge + "; Expires=" + expires
                + (secure ? "; Secure" : "") + "; HttpOnly; SameSite=Lax";
    }

    /** A fresh token of the caller's class. */
    public String mint(@Nullable MizanUser user) {
        return mwt.mint(PermissionKey.classOf(user));
    }

    /**
     * The token to set when the presented one is missing, invalid, of another class than the
     * caller's, signed with a key that no longer signs or half-spent; {@code null} to keep it.
     */
    public @Nullable String renewal(@Nullable String presented, @Nullable MizanUser user) {
        PermissionKey perm = PermissionKey.classOf(user);
        return mwt.needsRenewal(presented, perm) ? mwt.mint(perm) : null;
    }

    /**
     * What an adapter adds to any answer on its Mizan path: every answer but the session's (which
     * issues its own token) renews the caller's MWT when due; a successful {@code GET {base}/ctx/{name}/}
     * of an edge-cacheable context carries its marks.
     *
     * @param method the request's HTTP method
     * @param path the path below the base path
     * @param presented the caller's {@value Mwt#COOKIE} cookie, or {@code null}
     * @param user the caller
     */
    public Decoration decorate(
            String method, String path, @Nullable String presented, @Nullable MizanUser user, DispatchResult result) {
        String renewed = Endpoint.isSession(path) ? null : renewal(presented, user);
        String context = method.equals("GET") ? Endpoint.contextName(path) : null;
        return new Decoration(renewed, context == null ? null : marks(context, user, result));
    }

    /** The marks of a context answer, or {@code null} when it failed or its context is not edge-cacheable. */
    public @Nullable Marks marks(String context, @Nullable MizanUser user, DispatchResult result) {
        if (!result.ok() || manifest.context(context) == null) {
            return null;
        }
        ContextDescriptor descriptor = registry.context(context);
        if (descriptor == null) {
            return null;
        }
        return new Marks(PermissionKey.of(descriptor.scope(), user).value(), etag(result.body()), CACHE_CONTROL);
    }

    /** A strong entity tag of a body: 22 base64url characters of its SHA-256. */
    public static String etag(byte[] body) {
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
}
