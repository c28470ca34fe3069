package dev.mizan.spring.security;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.dispatch.FailureTranslator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Spring Security exceptions thrown inside a function (method security such as
 * {@code @PreAuthorize}) as protocol errors: access denied is 401 for anonymous callers and 403
 * otherwise; authentication failures are 401.
 */
public final class SpringSecurityFailures implements FailureTranslator {

    @Override
    public @Nullable MizanException translate(Throwable failure, RequestHandle request) {
        if (failure instanceof AuthenticationException) {
            return new MizanException(ErrorCode.UNAUTHORIZED, "Sign in first", Map.of());
        }
        if (failure instanceof AccessDeniedException) {
            return request.user() == null
                    ? new MizanException(ErrorCode.UNAUTHORIZED, "Sign in first", Map.of())
                    : new MizanException(ErrorCode.FORBIDDEN, "Not allowed", Map.of("reason", "access_denied"));
        }
        return null;
    }
}
