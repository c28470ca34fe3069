package dev.mizan.core.jwt;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the {@code Authorization} header of a request, the same way on every transport (HTTP
 * calls, context bundles, WebSocket upgrade, multipart): no bearer token means the adapter's
 * other auth (the session) applies; a valid one authenticates its user and needs no CSRF token;
 * an invalid, expired or revoked one is refused with {@code 401 UNAUTHORIZED} whose
 * {@code details.reason} tells the client whether refreshing may help ({@code token_expired}).
 */
public final class BearerAuth {

    /** The outcome for one request. */
    public sealed interface Outcome {}

    /** No bearer token: the request is authenticated (or not) by other means. */
    public record Absent() implements Outcome {}

    /** A valid bearer token: this user, and no CSRF check. */
    public record Authenticated(MizanUser user) implements Outcome {}

    /** A bearer token that authenticates nobody: answer with this error (401). */
    public record Refused(MizanException error) implements Outcome {}

    private static final String PREFIX = "bearer ";

    private final JwtService tokens;

    public BearerAuth(JwtService tokens) {
        this.tokens = tokens;
    }

    /** The outcome for a request with this {@code Authorization} header value (or none). */
    public Outcome resolve(@Nullable String authorization) {
        String token = token(authorization);
        if (token == null) {
            return authorization != null && authorization.regionMatches(true, 0, "bearer", 0, 6)
                    ? refused(TokenRejected.Reason.INVALID, "The bearer token is empty")
                    : new Absent();
        }
        try {
            return new Authenticated(tokens.authenticate(token));
        } catch (TokenRejected e) {
            return refused(e.reason(), message(e.reason()));
        }
    }

    /** The token of a {@code Bearer} header value, or {@code null}. */
    public static @Nullable String token(@Nullable String authorization) {
        if (authorization == null || authorization.length() <= PREFIX.length()) {
            return null;
        }
        if (!authorization
                .substring(0, PREFIX.length())
                .toLowerCase(Locale.ROOT)
                .equals(PREFIX)) {
            return null;
        }
        String token = authorization.substring(PREFIX.length()).strip();
        return token.isEmpty() ? null : token;
    }

    /** The value of the {@code WWW-Authenticate} header for a refused token (RFC 6750). */
    public static String challenge(MizanException refused) {
        Object reason = refused.details().get("reason");
        return "Bearer error=\"invalid_token\", error_description=\"" + reason + "\"";
    }

    private static Refused refused(TokenRejected.Reason reason, String message) {
        return new Refused(new MizanException(ErrorCode.UNAUTHORIZED, message, Map.of("reason", reason.wire())));
    }

    private static String message(TokenRejected.Reason reason) {
        return switch (reason) {
            case INVALID -> "The bearer token is not valid";
            case EXPIRED -> "The bearer token has expired; refresh it";
            case REVOKED -> "The bearer token was revoked; sign in again";
            case REUSED -> "The refresh token was already used; sign in again";
        };
    }
}
