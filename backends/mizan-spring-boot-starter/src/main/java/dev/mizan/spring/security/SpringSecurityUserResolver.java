package dev.mizan.spring.security;

import dev.mizan.core.MizanUser;
import dev.mizan.spring.MizanProperties;
import dev.mizan.spring.MizanUserResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The caller from Spring Security's context: anonymous unless authenticated; staff and superuser
 * from the configured authorities (a superuser counts as staff); roles are the authorities with
 * the role prefix, stripped (other authorities, such as Spring's {@code FACTOR_*}, are not roles).
 * The id and username are the authentication's name.
 */
public final class SpringSecurityUserResolver implements MizanUserResolver {

    private final MizanProperties.Security settings;

    public SpringSecurityUserResolver(MizanProperties.Security settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable MizanUser resolve(HttpServletRequest request) {
        return user(SecurityContextHolder.getContext().getAuthentication());
    }

    /** The Mizan user of an authentication, or {@code null} when it is anonymous or not authenticated. */
    public @Nullable MizanUser user(@Nullable Authentication auth) {
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> authorities = new HashSet<>();
        Set<String> roles = new HashSet<>();
        String prefix = settings.getRolePrefix();
        for (GrantedAuthority a : auth.getAuthorities()) {
            String name = a.getAuthority();
            if (name == null) {
                continue;
            }
            authorities.add(name);
            if (prefix.isEmpty()) {
                roles.add(name);
            } else if (name.startsWith(prefix)) {
                roles.add(name.substring(prefix.length()));
            }
        }
        boolean superuser = authorities.contains(settings.getSuperuserAuthority());
        boolean staff = superuser || authorities.contains(settings.getStaffAuthority());
        return new MizanUser(auth.getName(), auth.getName(), staff, superuser, roles);
    }
}
