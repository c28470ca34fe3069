package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import dev.mizan.core.web.CallRequest;
import dev.mizan.core.web.CsrfTokens;
import dev.mizan.core.web.Origins;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * The servlet side of the core's signed CSRF tokens ({@link CsrfTokens}): reads the cookie and the
 * session identity of a request, and sets the cookie {@code /session/} issues.
 */
final class CsrfCookies {

    private final CsrfTokens tokens;
    private final String cookieName;
    private final String cookiePath;
    private final MizanUserResolver users;

    /** {@code cookiePath} is the base path, without the servlet context path (added per request). */
    CsrfCookies(CsrfTokens tokens, String cookieName, String cookiePath, MizanUserResolver users) {
        this.tokens = tokens;
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
        this.users = users;
    }

    CsrfTokens tokens() {
        return tokens;
    }

    static CsrfTokens tokens(String secret) {
        return secret.isEmpty()
                ? CsrfTokens.withRandomSecret()
                : CsrfTokens.withSecret(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The caller's token (its cookie's when valid for its identity, else a fresh one), set as the cookie. */
    String issue(HttpServletRequest request, HttpServletResponse response) {
        String token = tokens.reuseOrMint(cookie(request), identity(request));
        ResponseCookie cookie = ResponseCookie.from(cookieName, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(request.getContextPath() + cookiePath)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
        return token;
    }

    /** What the core's call checks need, read from the request. */
    CallRequest callRequest(HttpServletRequest request) {
        return new CallRequest(
                request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"),
                Origins.of(request.getScheme(), request.getServerName(), request.getServerPort()),
                request.getContentType(),
                cookie(request),
                request.getHeader(CsrfTokens.HEADER),
                identity(request));
    }

    /**
     * Whether {@code presented} (from the WebSocket upgrade's {@code csrf_token} query param) is the
     * cookie's token and signed for the caller's identity.
     */
    boolean accepts(HttpServletRequest request, @Nullable String presented) {
        return tokens.accepts(cookie(request), presented, identity(request));
    }

    private String identity(HttpServletRequest request) {
        MizanUser user = users.resolve(request);
        HttpSession session = request.getSession(false);
        return CsrfTokens.identity(user == null ? null : user.id(), session == null ? null : session.getId());
    }

    /** The CSRF cookie's value when well formed; a malformed or planted one counts as absent. */
    private @Nullable String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(cookieName) && CsrfTokens.wellFormed(c.getValue())) {
                return c.getValue();
            }
        }
        return null;
    }
}
