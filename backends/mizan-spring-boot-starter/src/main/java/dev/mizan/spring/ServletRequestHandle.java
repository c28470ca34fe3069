package dev.mizan.spring;

import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.Principal;
import org.jspecify.annotations.Nullable;

/** The request handle over a servlet request; the user is resolved on first use. */
final class ServletRequestHandle implements RequestHandle {

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final MizanUserResolver users;
    private boolean resolved;
    private @Nullable MizanUser user;

    ServletRequestHandle(HttpServletRequest request, HttpServletResponse response, MizanUserResolver users) {
        this.request = request;
        this.response = response;
        this.users = users;
    }

    @Override
    public synchronized @Nullable MizanUser user() {
        if (!resolved) {
            user = users.resolve(request);
            resolved = true;
        }
        return user;
    }

    @Override
    public @Nullable String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public @Nullable String remoteAddress() {
        return request.getRemoteAddr();
    }

    @Override
    public <T> @Nullable T unwrap(Class<T> type) {
        if (type == Principal.class) {
            return user() == null ? null : type.cast(request.getUserPrincipal());
        }
        if (type == HttpSession.class) {
            return type.cast(request.getSession());
        }
        if (type.isInstance(request)) {
            return type.cast(request);
        }
        if (type.isInstance(response)) {
            return type.cast(response);
        }
        return null;
    }
}
