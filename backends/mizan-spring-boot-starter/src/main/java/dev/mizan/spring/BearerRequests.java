package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Marks a request authenticated by a bearer token (JWT auth): its user comes from the token, and
 * it needs no CSRF token since it carries no ambient credential.
 */
public final class BearerRequests {

    private static final String USER = BearerRequests.class.getName() + ".user";

    private BearerRequests() {}

    /** Records the user a valid bearer token authenticated. */
    public static void mark(HttpServletRequest request, MizanUser user) {
        request.setAttribute(USER, user);
    }

    /** The bearer token's user, or {@code null} when the request was not authenticated by one. */
    public static @Nullable MizanUser user(HttpServletRequest request) {
        return request.getAttribute(USER) instanceof MizanUser user ? user : null;
    }

    /** Whether a valid bearer token authenticated the request. */
    public static boolean isBearer(HttpServletRequest request) {
        return user(request) != null;
    }

    /** {@code users}, with a bearer token's user taking precedence. */
    static MizanUserResolver preferringBearer(MizanUserResolver users) {
        return request -> {
            MizanUser bearer = user(request);
            return bearer != null ? bearer : users.resolve(request);
        };
    }
}
