package dev.mizan.core.web;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks on a {@code POST {base}/call/} that come before its body is read, in this order:
 * the {@code Origin} and {@code Sec-Fetch-Site} headers (a browser's cross-site request is refused
 * even with a token), the signed CSRF token, and the body's content type (only JSON; the "simple"
 * types a cross-site form can send are refused). See docs/protocol.md, "CSRF".
 */
public final class CallChecks {

    private final @Nullable CsrfTokens csrf;
    private final Set<String> allowedOrigins;

    /**
     * @param csrf the token verifier, or {@code null} when CSRF protection is off (then the origin
     *     check is off as well: both defend browsers, and a deployment without them has none)
     * @param allowedOrigins other origins whose pages may call (for example a separate front-end host)
     */
    public CallChecks(@Nullable CsrfTokens csrf, Set<String> allowedOrigins) {
        this.csrf = csrf;
        Set<String> normalized = new LinkedHashSet<>();
        for (String origin : allowedOrigins) {
            String n = Origins.normalize(origin);
            if (n == null) {
                throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
            }
            normalized.add(n);
        }
        this.allowedOrigins = Set.copyOf(normalized);
    }

    /** The refusal of this call, or {@code null} when its body may be read. */
    public @Nullable MizanException refusal(CallRequest request) {
        if (csrf != null) {
            MizanException origin = originRefusal(request);
            if (origin != null) {
                return origin;
            }
            if (!csrfAccepted(request)) {
                return new MizanException(
                        ErrorCode.FORBIDDEN,
                        "Missing or invalid CSRF token: send the token from /session/ in the " + CsrfTokens.HEADER
                                + " header",
                        Map.of("reason", "csrf"));
            }
        }
        return contentTypeRefusal(request.contentType());
    }

    private @Nullable MizanException originRefusal(CallRequest request) {
        String site =
                request.fetchSite() == null ? "" : request.fetchSite().strip().toLowerCase(Locale.ROOT);
        String origin = request.origin();
        boolean allowedOrigin = false;
        if (origin != null) {
            String normalized = Origins.normalize(origin);
            if (normalized == null) {
                return originRefused();
            }
            allowedOrigin = allowedOrigins.contains(normalized);
            // A browser's own "same-origin" (a header no page can set) proves that the page and the
            // call share an origin even when a proxy in between rewrote Host, as a development
            // server's proxy does; only without it is the Origin compared with the addressed host.
            boolean own = normalized.equals(Origins.normalize(request.ownOrigin())) || site.equals("same-origin");
            if (!own && !allowedOrigin) {
                return originRefused();
            }
        }
        boolean crossing = site.equals("cross-site") || site.equals("same-site");
        if (crossing && !allowedOrigin) {
            return originRefused();
        }
        return null;
    }

    private static MizanException originRefused() {
        return new MizanException(
                ErrorCode.FORBIDDEN, "Calls from another site are refused", Map.of("reason", "origin"));
    }

    private boolean csrfAccepted(CallRequest request) {
        String cookie = request.csrfCookie();
        String header = request.csrfHeader();
        return csrf != null
                && CsrfTokens.wellFormed(cookie)
                && header != null
                && MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII))
                && csrf.verify(header, request.identity());
    }

    /** {@code null} when the content type is JSON: {@code application/json} or {@code application/*+json}, UTF-8. */
    public static @Nullable MizanException contentTypeRefusal(@Nullable String contentType) {
        if (contentType != null && isJson(contentType)) {
            return null;
        }
        return new MizanException(
                ErrorCode.BAD_REQUEST,
                "A call body must be sent as application/json",
                Map.of("reason", "content_type", "expected", "application/json"));
    }

    private static boolean isJson(String contentType) {
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!type.equals("application/json") && !(type.startsWith("application/") && type.endsWith("+json"))) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String param = parts[i].strip().toLowerCase(Locale.ROOT);
            if (param.startsWith("charset=")) {
                String charset = param.substring("charset=".length()).replace("\"", "");
                if (!charset.equals("utf-8") && !charset.equals("utf8")) {
                    return false;
                }
            }
        }
        return true;
    }
}
