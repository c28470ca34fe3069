package dev.mizan.vertx;

import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.RoutingContext;
import org.jspecify.annotations.Nullable;

/** The request handle over a routing context; the user is resolved once, on first use. */
final class VertxRequestHandle implements RequestHandle {

    private final RoutingContext context;
    private final MizanUserResolver users;
    private boolean resolved;
    private boolean bearer;
    private @Nullable MizanUser user;

    VertxRequestHandle(RoutingContext context, MizanUserResolver users) {
        this.context = context;
        this.users = users;
    }

    @Override
    public synchronized @Nullable MizanUser user() {
        if (!resolved) {
            user = users.resolve(context);
            resolved = true;
        }
        return user;
    }

    /** Whether the user is already known (resolving it costs nothing more). */
    synchronized boolean resolved() {
        return resolved;
    }

    /** Authenticated by a valid bearer token: this user, and no CSRF check. */
    synchronized void bearer(MizanUser tokenUser) {
        this.user = tokenUser;
        this.resolved = true;
        this.bearer = true;
    }

    /** Whether a bearer token authenticated the request. */
    synchronized boolean isBearer() {
        return bearer;
    }

    @Override
    public @Nullable String remoteAddress() {
        return context.request().remoteAddress() == null
                ? null
                : context.request().remoteAddress().hostAddress();
    }

    @Override
    public @Nullable String header(String name) {
        return context.request().getHeader(name);
    }

    @Override
    public <T> @Nullable T unwrap(Class<T> type) {
        if (type.isInstance(context)) {
            return type.cast(context);
        }
        if (type == HttpServerRequest.class) {
            return type.cast(context.request());
        }
        if (type == User.class) {
            return type.cast(context.user());
        }
        if (type == io.vertx.ext.web.Session.class) {
            return type.cast(context.session());
        }
        return null;
    }
}
