package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.ContextScope;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A function as read from its method, before {@code affects} and {@code merge} are resolved;
 * {@code scope} is the context scope it declares, {@code cacheTtl} its origin-cache TTL, or {@code null};
 * {@code live} whether it declares its context live.
 */
record Declared(
        String name,
        Method method,
        List<ParamDescriptor> params,
        Type output,
        boolean outputNullable,
        @Nullable String context,
        List<String> affects,
        List<String> merge,
        Auth auth,
        @Nullable Class<? extends AuthPredicate> predicate,
        List<String> roles,
        int rev,
        @Nullable ContextScope scope,
        @Nullable Duration cacheTtl,
        boolean live) {

    FunctionDescriptor resolve(List<AffectsTarget> affectsTargets, List<MergeTarget> mergeTargets) {
        return new FunctionDescriptor(
                name,
                method,
                params,
                output,
                outputNullable,
                context,
                affectsTargets,
                mergeTargets,
                auth,
                predicate,
                roles,
                rev,
                cacheTtl);
    }

    String source() {
        return Problem.source(method);
    }
}
