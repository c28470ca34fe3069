package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A server function as declared: everything the wire, the IR and the dispatcher need, built from
 * the {@link Method} alone. The instance it is invoked on is bound separately by the dispatcher.
 *
 * @param name protocol name (snake_case of the method name unless {@code @Client(name)})
 * @param method the annotated Java method
 * @param params every Java parameter, injected ones included, in declaration order
 * @param output the generic return type ({@code void.class} for none)
 * @param outputNullable whether the result may be null ({@code @Nullable} or {@code Optional<T>})
 * @param context the context it belongs to, or {@code null}
 * @param affects resolved {@code affects} targets, in declared order
 * @param merge resolved {@code merge} targets, in declared order
 * @param auth the effective auth level (never {@link Auth#DEFAULT})
 * @param predicate the custom predicate class, or {@code null}
 * @param roles roles of which the caller needs one; empty for none
 * @param rev cache revision
 * @param cacheTtl how long the origin cache keeps an answer, or {@code null} when it is not cached
 */
public record FunctionDescriptor(
        String name,
        Method method,
        List<ParamDescriptor> params,
        Type output,
        boolean outputNullable,
        @Nullable String context,
        List<AffectsTarget> affects,
        List<MergeTarget> merge,
        Auth auth,
        @Nullable Class<? extends AuthPredicate> predicate,
        List<String> roles,
        int rev,
        @Nullable Duration cacheTtl) {

    public FunctionDescriptor {
        params = List.copyOf(params);
        affects = List.copyOf(affects);
        merge = List.copyOf(merge);
        roles = List.copyOf(roles);
    }

    /** A function the origin cache does not keep. */
    public FunctionDescriptor(
            String name,
            Method method,
            List<ParamDescriptor> params,
            Type output,
            boolean outputNullable,
            @Nullable String context,
            List<AffectsTarget> affects,
            List<MergeTarget> merge,
            Auth auth,
            @Nullable Class<? extends AuthPredicate> predicate,
            List<String> roles,
            int rev) {
        this(name, method, params, output, outputNullable, context, affects, merge, auth, predicate, roles, rev, null);
    }

    /** Whether the origin cache keeps this function's answers. */
    public boolean isCached() {
        return cacheTtl != null;
    }

    /** The parameters that form the wire input (not injected), in declaration order. */
    public List<ParamDescriptor> inputs() {
        return params.stream().filter(p -> !p.injected()).toList();
    }

    /** Whether the function declares {@code affects} or {@code merge}. */
    public boolean isMutation() {
        return !affects.isEmpty() || !merge.isEmpty();
    }

    /** Whether a caller must pass any check beyond {@link Auth#PUBLIC}. */
    public boolean isGuarded() {
        return auth != Auth.PUBLIC || predicate != null || !roles.isEmpty();
    }

    /** {@code Class#method}, the name diagnostics use. */
    public String source() {
        return Problem.source(method);
    }
}
