package dev.mizan.spring;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;

/**
 * Mizan's own CSRF check, independent of Spring Security: {@code /session/} issues a random token in
 * an HttpOnly cookie and in its body; {@code POST /call/} must echo it in the {@code X-CSRF-Token}
 * header (double submit: another origin can neither read the cookie nor the body).
 */
final class CsrfTokens {

    static final String HEADER = "X-CSRF-Token";

    private final SecureRandom random = new SecureRandom();
    private final String cookieName;
    private final String cookiePath;

    /** {@code cookiePath} is the base path, without the servlet context path (added per request). */
    CsrfTokens(String cookieName, String cookiePath) {
        this.cookieName = cookieName;
        this.cookiePath = cookiePath;
    }

    /** The caller's token (a new one when it has none), set as the cookie. */
    String issue(HttpServletRequest request, HttpServletResponse response) {
        String token = current(request);
        if (token == null) {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        ResponseCookie cookie = ResponseCookie.from(cookieName, token)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(request.getContextPath() + cookiePath)
                .build();
        response.addHeader("Set-Cookie", cookie.toString());
        return token;
    }

    /** Whether the request's header matches its cookie. */
    boolean accepts(HttpServletRequest request) {
        String expected = current(request);
        String presented = request.getHeader(HEADER);
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether {@code presented} (from the WebSocket upgrade's {@code csrf_token} query param) matches the cookie. */
    boolean accepts(HttpServletRequest request, @Nullable String presented) {
        String expected = current(request);
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    private @Nullable String current(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie c : cookies) {
            if (c.getName().equals(cookieName)
                    && c.getValue() != null
                    && c.getValue().length() >= 32) {
                return c.getValue();
            }
        }
        return null;
    }
}
