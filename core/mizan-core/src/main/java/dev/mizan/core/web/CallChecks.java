package dev.mizan.core.web;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
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
        this.allowedOrigins = Origins.normalizeAll(allowedOrigins);
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
        String origin = request.origin();
        if (origin != null && !Origins.accepted(origin, request.fetchSite(), request.ownOrigin(), allowedOrigins)) {
            return originRefused();
        }
        String site =
                request.fetchSite() == null ? "" : request.fetchSite().strip().toLowerCase(Locale.ROOT);
        boolean crossing = site.equals("cross-site") || site.equals("same-site");
        if (crossing && !(origin != null && allowedOrigins.contains(Origins.normalize(origin)))) {
            return originRefused();
        }
        return null;
    }

    private static MizanException originRefused() {
        return new MizanException(
                ErrorCode.FORBIDDEN, "Calls from another site are refused", Map.of("reason", "origin"));
    }

    private boolean csrfAccepted(CallRequest request) {
        return csrf != null && csrf.accepts(request.csrfCookie(), request.csrfHeader(), request.identity());
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
