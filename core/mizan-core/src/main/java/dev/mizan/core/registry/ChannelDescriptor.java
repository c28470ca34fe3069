package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A live channel as declared by a {@code @Channel} method.
 *
 * @param name protocol name
 * @param method the declaring method, run on every client publish
 * @param params every Java parameter of the method, the {@code message} one and injected ones included
 * @param message the message type (the {@code message} parameter's and the return type)
 * @param auth the effective auth level (never {@link Auth#DEFAULT})
 * @param predicate the custom predicate class, or {@code null}
 * @param roles roles of which the caller needs one; empty for none
 * @param clientPublish whether clients may publish
 */
public record ChannelDescriptor(
        String name,
        Method method,
        List<ParamDescriptor> params,
        Type message,
        Auth auth,
        @Nullable Class<? extends AuthPredicate> predicate,
        List<String> roles,
        boolean clientPublish) {

    /** The name of the method parameter that carries the message. */
    public static final String MESSAGE = "message";

    public ChannelDescriptor {
        params = List.copyOf(params);
        roles = List.copyOf(roles);
    }

    /** The channel's params: the wire parameters other than {@code message}, in declaration order. */
    public List<ParamDescriptor> channelParams() {
        return params.stream()
                .filter(p -> !p.injected() && !p.name().equals(MESSAGE))
                .toList();
    }

    /**
     * The method as a function (for binding, validation, guard and invocation); never registered as
     * one: a channel is not callable with {@code /call/}.
     */
    public FunctionDescriptor asFunction() {
        return new FunctionDescriptor(
                name, method, params, message, false, null, List.of(), List.of(), auth, predicate, roles, 1);
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
