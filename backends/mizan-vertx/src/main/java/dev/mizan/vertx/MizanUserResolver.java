package dev.mizan.vertx;

import dev.mizan.core.MizanUser;
import io.vertx.ext.auth.User;
import io.vertx.ext.web.RoutingContext;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decides who the caller is, from the routing context: whatever Vert.x's auth handlers (or the
 * application's own) put there, typically {@link RoutingContext#user()}. It runs on the thread that
 * first needs the user (a virtual thread for blocking functions), so it may look the user up in a
 * database. Register one with {@link Mizan.Builder#users}.
 *
 * <p>A resolver that only reads the routing context (what an auth handler put there) may say so
 * with {@link #nonBlocking}: then a call's CSRF check, which needs the user, runs on the event loop
 * before the body is read, without a trip to a virtual thread and back.
 */
@FunctionalInterface
public interface MizanUserResolver {

    /** The authenticated user of this request, or {@code null} when anonymous. */
    @Nullable
    MizanUser resolve(RoutingContext context);

    /** Whether {@link #resolve} may block (look the user up in a database); {@code true} unless declared otherwise. */
    default boolean blocking() {
        return true;
    }

    /** A resolver declared non-blocking: it only reads the routing context, so it may run on the event loop. */
    static MizanUserResolver nonBlocking(MizanUserResolver resolver) {
        return new MizanUserResolver() {
            @Override
            public @Nullable MizanUser resolve(RoutingContext context) {
                return resolver.resolve(context);
            }

            @Override
            public boolean blocking() {
                return false;
            }
        };
    }

    /**
     * The default: Vert.x's authenticated {@link User} ({@code subject()} as id and username), with
     * no roles and neither staff nor superuser. Anonymous when no auth handler set a user. Non-blocking.
     */
    static MizanUserResolver vertxUser() {
        return nonBlocking(context -> {
            User user = context.user();
            if (user == null || user.subject() == null) {
                return null;
            }
            return new MizanUser(user.subject(), user.subject(), false, false, Set.of());
        });
    }
}
