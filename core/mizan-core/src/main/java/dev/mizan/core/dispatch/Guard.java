package dev.mizan.core.dispatch;

import dev.mizan.core.AuthPredicate;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.registry.FunctionDescriptor;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Enforces a function's auth level, roles and predicate: UNAUTHORIZED when anonymous, else FORBIDDEN. */
final class Guard {

    private final FunctionDescriptor function;
    private final @Nullable AuthPredicate predicate;

    Guard(FunctionDescriptor function, @Nullable AuthPredicate predicate) {
        this.function = function;
        this.predicate = predicate;
    }

    void check(RequestHandle request) {
        MizanUser user = request.user();
        switch (function.auth()) {
            case PUBLIC -> {}
            case DEFAULT -> throw new IllegalStateException("unresolved default auth on " + function.source());
            case REQUIRED -> requireUser(user);
            case STAFF -> {
                if (!requireUser(user).staff() && !user.superuser()) {
                    throw forbidden("staff");
                }
            }
            case SUPERUSER -> {
                if (!requireUser(user).superuser()) {
                    throw forbidden("superuser");
                }
            }
        }
        if (!function.roles().isEmpty() && !holdsRole(requireUser(user), function.roles())) {
            throw forbidden("role");
        }
        if (predicate != null && !predicate.allows(request)) {
            throw user == null ? unauthorized() : forbidden("predicate");
        }
    }

    private static boolean holdsRole(MizanUser user, List<String> roles) {
        for (String role : roles) {
            if (user.roles().contains(role)) {
                return true;
            }
        }
        return false;
    }

    private MizanUser requireUser(@Nullable MizanUser user) {
        if (user == null) {
            throw unauthorized();
        }
        return user;
    }

    private MizanException unauthorized() {
        return new MizanException(
                ErrorCode.UNAUTHORIZED,
                "Sign in to use '" + function.name() + "'",
                Map.of("function", function.name()));
    }

    private MizanException forbidden(String reason) {
        return new MizanException(
                ErrorCode.FORBIDDEN,
                "Not allowed to use '" + function.name() + "'",
                Map.of("function", function.name(), "reason", reason));
    }
}
