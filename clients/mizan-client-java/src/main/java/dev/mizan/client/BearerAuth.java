package dev.mizan.client;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Bearer (JWT) auth of a {@link MizanClient}, as the browser kernel does it: the access token is
 * kept in memory only; when a request is answered {@code 401} with reason {@code token_expired}
 * the client refreshes once, shared by every request that failed meanwhile (single flight), and
 * retries that request once. A failed refresh signs the client out (both tokens forgotten,
 * {@code onSignOut} called once) and the request fails with its {@link UnauthorizedException}.
 */
public final class BearerAuth {

    /** Posts a built-in function without a bearer token and returns its result. */
    interface Post {
        JsonNode post(String function, Map<String, Object> args);
    }

    private final Object lock = new Object();
    private final @Nullable Consumer<TokenPair> onTokens;
    private final @Nullable Runnable onSignOut;
    private @Nullable Post post;
    private volatile @Nullable String access;
    private volatile @Nullable String refresh;
    private @Nullable MizanClient client;

    BearerAuth(@Nullable String refreshToken, @Nullable Consumer<TokenPair> onTokens, @Nullable Runnable onSignOut) {
        this.refresh = refreshToken;
        this.onTokens = onTokens;
        this.onSignOut = onSignOut;
    }

    void attach(MizanClient client, Post post) {
        this.client = client;
        this.post = post;
    }

    /** Calls the built-in {@code login} and keeps the tokens; throws its {@link MizanException} when refused. */
    public TokenPair login(String username, String password) {
        TokenPair pair = read(call("login", Map.of("username", username, "password", password)));
        accept(pair);
        return pair;
    }

    /**
     * Calls the built-in {@code logout} with the refresh token (revoking the token family on the
     * server) and forgets both tokens.
     */
    public void logout() {
        String refreshToken;
        boolean had;
        synchronized (lock) {
            refreshToken = refresh;
            had = access != null || refreshToken != null;
            signOut();
        }
        if (had) {
            call("logout", refreshToken == null ? Map.of() : Map.of("refreshToken", refreshToken));
        }
    }

    /** True while the client holds an access or a refresh token. */
    public boolean signedIn() {
        return access != null || refresh != null;
    }

    /** The current refresh token, for an application that keeps it across runs. */
    public Optional<String> refreshToken() {
        return Optional.ofNullable(refresh);
    }

    /** The {@code Authorization} header value, when signed in. */
    @Nullable
    String header() {
        String token = access;
        return token == null ? null : "Bearer " + token;
    }

    /**
     * A fresh header after a 401 {@code token_expired} answered a request sent with
     * {@code failedWith}: one refresh however many threads ask at once (the others wait for it
     * and use its token); {@code null} when the client could not refresh and is signed out now.
     */
    @Nullable
    String renew(@Nullable String failedWith) {
        synchronized (lock) {
            String current = header();
            if (current != null && !current.equals(failedWith)) {
                return current;
            }
            String refreshToken = refresh;
            if (refreshToken == null) {
                signOut();
                return null;
            }
            try {
                accept(read(call("refresh", Map.of("refreshToken", refreshToken))));
                return header();
            } catch (MizanException e) {
                signOut();
                return null;
            }
        }
    }

    private JsonNode call(String function, Map<String, Object> args) {
        Post p = post;
        if (p == null) {
            throw new IllegalStateException("BearerAuth is not attached to a client");
        }
        return p.post(function, args);
    }

    private TokenPair read(JsonNode result) {
        if (!result.path("access_token").isString()
                || !result.path("refresh_token").isString()) {
            throw new MizanClientException(
                    200, ErrorCode.INVALID_RESPONSE, "A token answer must carry both tokens", null);
        }
        MizanClient c = client;
        if (c == null) {
            throw new IllegalStateException("BearerAuth is not attached to a client");
        }
        return c.mapper().treeToValue(result, TokenPair.class);
    }

    private void accept(TokenPair pair) {
        synchronized (lock) {
            access = pair.accessToken();
            refresh = pair.refreshToken();
        }
        if (onTokens != null) {
            onTokens.accept(pair);
        }
    }

    private void signOut() {
        boolean was = signedIn();
        access = null;
        refresh = null;
        if (was && onSignOut != null) {
            onSignOut.run();
        }
    }
}
