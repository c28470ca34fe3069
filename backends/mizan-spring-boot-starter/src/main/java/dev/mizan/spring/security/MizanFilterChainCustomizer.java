package dev.mizan.spring.security;

import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.spring.MizanProperties;
import dev.mizan.spring.MizanRuntime;
import dev.mizan.spring.jwt.BearerFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Applied to every {@link HttpSecurity} of the application: the Mizan base path is permitted at
 * the filter level unless configured otherwise (each function's own auth is enforced by Mizan),
 * exempt from Spring's CSRF filter (Mizan checks its own token), and Spring's own refusals on it
 * become Mizan envelopes (401 UNAUTHORIZED, 403 FORBIDDEN).
 */
public final class MizanFilterChainCustomizer implements Customizer<HttpSecurity> {

    private final String basePath;
    private final boolean permit;
    private final MizanProperties properties;
    private final ObjectProvider<MizanRuntime> runtime;
    private final ObjectProvider<BearerAuth> bearer;

    public MizanFilterChainCustomizer(
            String basePath,
            MizanProperties properties,
            ObjectProvider<MizanRuntime> runtime,
            ObjectProvider<BearerAuth> bearer) {
        this.basePath = basePath;
        this.permit = properties.getSecurity().isPermitBasePath();
        this.properties = properties;
        this.runtime = runtime;
        this.bearer = bearer;
    }

    @Override
    public void customize(HttpSecurity http) {
        RequestMatcher mizan = PathPatternRequestMatcher.withDefaults().matcher(basePath + "/**");
        try {
            if (permit) {
                // Registered before the application's own rules, so it precedes any anyRequest().
                http.authorizeHttpRequests(auth -> auth.requestMatchers(mizan).permitAll());
            }
            http.csrf(csrf -> csrf.ignoringRequestMatchers(mizan));
            BearerAuth tokens = bearer.getIfAvailable();
            if (tokens != null) {
                // JWT auth: a bearer token authenticates the request before any authorization rule runs.
                http.addFilterBefore(
                        new BearerFilter(mizan, tokens, runtime, properties.getSecurity()),
                        AnonymousAuthenticationFilter.class);
            }
            // Registered at build time, after the application's entry points, so those stay the default.
            http.with(new EnvelopeRefusals(mizan, runtime), Customizer.withDefaults());
        } catch (Exception e) {
            throw new IllegalStateException("cannot adjust the security filter chain for Mizan", e);
        }
    }
}
