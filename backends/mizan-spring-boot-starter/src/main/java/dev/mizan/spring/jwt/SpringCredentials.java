package dev.mizan.spring.jwt;

import dev.mizan.core.MizanUser;
import dev.mizan.core.jwt.Credentials;
import dev.mizan.spring.security.SpringSecurityUserResolver;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Checks {@code login} credentials with the application's {@link AuthenticationManager} (its users
 * and password encoders apply) and, at each refresh, re-reads the user from the
 * {@link UserDetailsService} when there is one, so that a disabled account or changed roles take
 * effect without waiting for the refresh token to expire. The manager is looked up on first use
 * (it is built along with the security filter chains).
 */
final class SpringCredentials implements Credentials {

    private final Supplier<AuthenticationManager> manager;
    private final SpringSecurityUserResolver users;
    private final @Nullable UserDetailsService details;

    SpringCredentials(
            Supplier<AuthenticationManager> manager,
            SpringSecurityUserResolver users,
            @Nullable UserDetailsService details) {
        this.manager = manager;
        this.users = users;
        this.details = details;
    }

    @Override
    public @Nullable MizanUser authenticate(String username, String password) {
        try {
            return users.user(manager.get()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)));
        } catch (AuthenticationException e) {
            return null;
        }
    }

    @Override
    public @Nullable MizanUser reload(MizanUser fromToken) {
        if (details == null) {
            return fromToken;
        }
        UserDetails user;
        try {
            user = details.loadUserByUsername(fromToken.id());
        } catch (AuthenticationException e) {
            return null;
        }
        if (!user.isEnabled() || !user.isAccountNonLocked() || !user.isAccountNonExpired()) {
            return null;
        }
        return users.user(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
