package dev.mizan.spring.security;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.spring.HttpResponses;
import dev.mizan.spring.MizanRuntime;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.ExceptionHandlingConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.Http403ForbiddenEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Security's own refusals on the Mizan path as envelopes: 401 UNAUTHORIZED from the
 * authentication entry point, 403 FORBIDDEN (reason {@code csrf} for CSRF failures) from the
 * access-denied handler. Requests elsewhere get Spring's defaults.
 */
final class EnvelopeRefusals extends AbstractHttpConfigurer<EnvelopeRefusals, HttpSecurity>
        implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final RequestMatcher mizan;
    private final ObjectProvider<MizanRuntime> runtime;
    private final AuthenticationEntryPoint otherEntry = new Http403ForbiddenEntryPoint();
    private final AccessDeniedHandler otherDenied = new AccessDeniedHandlerImpl();

    EnvelopeRefusals(RequestMatcher mizan, ObjectProvider<MizanRuntime> runtime) {
        this.mizan = mizan;
        this.runtime = runtime;
    }

    /**
     * Defers registration to a configurer added during initialization, whose own init runs after
     * every other configurer's (form login and HTTP basic register their entry points in init):
     * the application's entry point stays the default for everything outside the Mizan path.
     */
    @Override
    public void init(HttpSecurity http) {
        http.with(new Registration(this), registration -> {});
    }

    /** Registers the refusals once the application's own entry points are registered. */
    static final class Registration extends AbstractHttpConfigurer<Registration, HttpSecurity> {

        private final EnvelopeRefusals refusals;

        Registration(EnvelopeRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void init(HttpSecurity http) {
            ExceptionHandlingConfigurer<HttpSecurity> handling = http.getConfigurer(ExceptionHandlingConfigurer.class);
            if (handling != null) {
                handling.defaultAuthenticationEntryPointFor(refusals, refusals.mizan)
                        .defaultAccessDeniedHandlerFor(refusals, refusals.mizan);
            }
        }
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!mizan.matches(request)) {
            otherEntry.commence(request, response, e);
            return;
        }
        write(response, new MizanException(ErrorCode.UNAUTHORIZED, "Sign in first", Map.of()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, jakarta.servlet.ServletException {
        if (!mizan.matches(request)) {
            otherDenied.handle(request, response, e);
            return;
        }
        write(
                response,
                e instanceof CsrfException
                        ? new MizanException(
                                ErrorCode.FORBIDDEN, "Missing or invalid CSRF token", Map.of("reason", "csrf"))
                        : new MizanException(ErrorCode.FORBIDDEN, "Not allowed", Map.of()));
    }

    private void write(HttpServletResponse response, MizanException error) throws IOException {
        HttpResponses.write(response, runtime.getObject().dispatcher().failure(error));
    }
}
