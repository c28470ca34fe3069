package dev.mizan.core.live;

import dev.mizan.core.ContextScope;
import dev.mizan.core.MizanUser;
import dev.mizan.core.PermissionKey;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.Registry;
import org.jspecify.annotations.Nullable;

/** The permission key of a caller for a context (MIZAN.md §4: merged values never cross it). */
@FunctionalInterface
public interface LivePermissions {

    String key(String context, @Nullable MizanUser user);

    /**
     * The contract's rule: the {@link PermissionKey} of the context's declared {@link ContextScope}
     * ({@code class} → the caller's class, {@code public} → {@code anon}, {@code user} → {@code
     * user:ID}); a context the registry does not know counts as {@code class}.
     */
    static LivePermissions scoped(Registry registry) {
        return (context, user) -> {
            ContextDescriptor descriptor = registry.context(context);
            ContextScope scope = descriptor == null ? ContextScope.CLASS : descriptor.scope();
            return PermissionKey.of(scope, user).value();
        };
    }
}
