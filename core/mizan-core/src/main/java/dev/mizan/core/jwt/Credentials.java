package dev.mizan.core.jwt;

import dev.mizan.core.MizanUser;
import org.jspecify.annotations.Nullable;

/**
 * Checks a username and password for {@code login}, through the application's own users and
 * password encoders (the Spring starter adapts Spring Security's {@code AuthenticationManager}).
 */
public interface Credentials {

    /** The user these credentials prove, or {@code null} when they are wrong (or the account is disabled). */
    @Nullable
    MizanUser authenticate(String username, String password);

    /**
     * The user's current rights when a refresh token is spent, or {@code null} when the account
     * may no longer sign in. By default the rights recorded in the token carry over.
     */
    default @Nullable MizanUser reload(MizanUser fromToken) {
        return fromToken;
    }
}
