package dev.mizan.core.jwt;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.FunctionDescriptor;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The built-in functions of JWT auth, served like any other function (and listed in the IR) when
 * an adapter registers an instance: {@code login}, {@code refresh}, {@code logout}. They carry
 * their credentials in the body and set no cookie, so they need no CSRF token.
 */
public final class JwtFunctions {

    private final JwtService tokens;
    private final Credentials credentials;
    private final LoginThrottle throttle;

    public JwtFunctions(JwtService tokens, Credentials credentials, LoginThrottle throttle) {
        this.tokens = tokens;
        this.credentials = credentials;
        this.throttle = throttle;
    }

    /** Whether {@code function} is one of these (exempt from the CSRF check: no ambient credential is involved). */
    public static boolean isBuiltIn(FunctionDescriptor function) {
        return function.method().getDeclaringClass() == JwtFunctions.class;
    }

    /** Signs in with a username and password: a short-lived access token and a refresh token. */
    @Client(name = "login", auth = Auth.PUBLIC)
    public TokenPair login(String username, String password, RequestHandle request) {
        String address = request.remoteAddress();
        long wait = throttle.retryAfter(username, address);
        if (wait > 0) {
            throw new MizanException(
                    ErrorCode.FORBIDDEN,
                    "Too many failed sign-ins; try again later",
                    Map.of("reason", "rate_limited", "retry_after", wait));
        }
        MizanUser user = credentials.authenticate(username, password);
        if (user == null) {
            throttle.failed(username, address);
            throw new MizanException(
                    ErrorCode.UNAUTHORIZED, "Wrong username or password", Map.of("reason", "bad_credentials"));
        }
        throttle.succeeded(username);
        return tokens.issue(user);
    }

    /** Spends a refresh token for a new pair; a token used twice revokes its whole session. */
    @Client(name = "refresh", auth = Auth.PUBLIC)
    public TokenPair refresh(String refreshToken) {
        try {
            return tokens.refresh(refreshToken, credentials::reload);
        } catch (TokenRejected e) {
            throw new MizanException(
                    ErrorCode.UNAUTHORIZED,
                    e.getMessage(),
                    Map.of("reason", e.reason().wire()));
        }
    }

    /** Signs out: revokes the session of the refresh token and of the caller's bearer token. */
    @Client(name = "logout", auth = Auth.PUBLIC)
    public void logout(@Nullable String refreshToken, RequestHandle request) {
        tokens.revoke(BearerAuth.token(request.header("Authorization")), refreshToken);
    }
}
