package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Decides who the caller is. The starter provides one backed by Spring Security when it is on the
 * classpath, else one backed by the servlet container's principal; declare a bean to replace it
 * (to use database ids as {@link MizanUser#id()}, say).
 */
@FunctionalInterface
public interface MizanUserResolver {

    /** The authenticated user of this request, or {@code null} when anonymous. */
    @Nullable
    MizanUser resolve(HttpServletRequest request);

    /** The container's principal, with no roles and neither staff nor superuser. */
    static MizanUserResolver containerPrincipal() {
        return request -> {
            var principal = request.getUserPrincipal();
            return principal == null
                    ? null
                    : new MizanUser(principal.getName(), principal.getName(), false, false, java.util.Set.of());
        };
    }
}
