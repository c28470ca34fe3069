package dev.mizan.spring.jwt;

import dev.mizan.core.MizanUser;
import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.spring.BearerRequests;
import dev.mizan.spring.HttpResponses;
import dev.mizan.spring.MizanProperties;
import dev.mizan.spring.MizanRuntime;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer auth on the Mizan path, inside Spring Security's filter chain: a valid token becomes the
 * request's user (for Mizan's auth levels and roles, and as the security context's authentication
 * for method security) for this request only, never stored in a session; an invalid one is
 * answered with a {@code 401 UNAUTHORIZED} envelope and a {@code WWW-Authenticate} challenge.
 * Requests without a bearer token pass untouched.
 */
public final class BearerFilter extends OncePerRequestFilter {

    private final RequestMatcher mizan;
    private final BearerAuth bearer;
    private final ObjectProvider<MizanRuntime> runtime;
    private final MizanProperties.Security security;

    public BearerFilter(
            RequestMatcher mizan,
            BearerAuth bearer,
            ObjectProvider<MizanRuntime> runtime,
            MizanProperties.Security security) {
        this.mizan = mizan;
        this.bearer = bearer;
        this.runtime = runtime;
        this.security = security;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !mizan.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        switch (bearer.resolve(request.getHeader("Authorization"))) {
            case BearerAuth.Absent absent -> chain.doFilter(request, response);
            case BearerAuth.Refused refused -> {
                response.setHeader("WWW-Authenticate", BearerAuth.challenge(refused.error()));
                HttpResponses.write(response, runtime.getObject().dispatcher().failure(refused.error()));
            }
            case BearerAuth.Authenticated ok -> {
                BearerRequests.mark(request, ok.user());
                SecurityContext context =
                        SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        ok.user().id(), null, authorities(ok.user())));
                SecurityContextHolder.getContextHolderStrategy().setContext(context);
                chain.doFilter(request, response);
            }
        }
    }

    /** The user's roles and levels as Spring authorities, the inverse of the starter's user mapping. */
    private List<GrantedAuthority> authorities(MizanUser user) {
        List<GrantedAuthority> out = new ArrayList<>();
        user.roles().stream().sorted().forEach(r -> out.add(new SimpleGrantedAuthority(security.getRolePrefix() + r)));
        if (user.staff()) {
            out.add(new SimpleGrantedAuthority(security.getStaffAuthority()));
        }
        if (user.superuser()) {
            out.add(new SimpleGrantedAuthority(security.getSuperuserAuthority()));
        }
        return out;
    }
}
