package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.Channel;
import dev.mizan.core.types.TypeModel;
import dev.mizan.core.upload.Uploads;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads one {@code @Channel} method into a {@link ChannelDescriptor}, reporting what is wrong with it. */
final class ChannelReader {

    private final Auth defaultAuth;
    private final @Nullable TypeModel types;
    private final Consumer<Problem> problems;

    ChannelReader(Auth defaultAuth, @Nullable TypeModel types, Consumer<Problem> problems) {
        this.defaultAuth = defaultAuth;
        this.types = types;
        this.problems = problems;
    }

    @Nullable
    ChannelDescriptor read(Method method) {
        Channel channel = method.getAnnotation(Channel.class);
        String name = channel.name().isEmpty() ? Names.snakeCase(method.getName()) : channel.name();
        if (!Names.isIdentifier(name)) {
            report(method, "channel name '" + name + "' is not an identifier ([A-Za-z_][A-Za-z0-9_]*)");
        }
        List<ParamDescriptor> params = new ArrayList<>();
        ParamDescriptor message = null;
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent()) {
                report(method, "parameter names are missing: compile with -parameters");
            }
            boolean injected = Injectables.isInjected(p.getType());
            if (!injected && Uploads.isUpload(p.getParameterizedType())) {
                report(method, "a channel cannot take uploads: messages travel as JSON frames");
            }
            if (!injected && types == null) {
                String problem = TypeRules.unsupportedInput(p.getParameterizedType());
                if (problem != null) {
                    report(method, "parameter '" + p.getName() + "' has an unsupported type: " + problem);
                }
            }
            boolean optional = !injected && Nullness.nullable(p.getAnnotatedType(), p.getAnnotations());
            ParamDescriptor d = new ParamDescriptor(p.getName(), i, p.getParameterizedType(), optional, injected);
            params.add(d);
            if (!injected && p.getName().equals(ChannelDescriptor.MESSAGE)) {
                message = d;
            }
        }
        if (message == null) {
            report(method, "a channel declares its message type with a parameter named 'message'");
            return null;
        }
        if (message.optional()) {
            report(method, "the 'message' parameter cannot be nullable: a channel message is a value");
        }
        if (!method.getGenericReturnType().equals(message.type())) {
            report(
                    method,
                    "returns " + method.getGenericReturnType().getTypeName() + " but its message is "
                            + message.type().getTypeName()
                            + ": a channel method returns the message it publishes");
        }
        if (types != null) {
            String prefix = Problem.source(method) + " ";
            for (String problem : types.problems(method, i -> params.get(i).injected())) {
                report(method, problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem);
            }
        }
        Auth auth = channel.auth() == Auth.DEFAULT ? defaultAuth : channel.auth();
        return new ChannelDescriptor(
                name,
                method,
                params,
                message.type(),
                auth,
                predicate(method, channel),
                List.of(channel.roles()),
                channel.clientPublish());
    }

    private @Nullable Class<? extends AuthPredicate> predicate(Method method, Channel channel) {
        Class<? extends AuthPredicate> predicate = channel.predicate();
        if (predicate == AuthPredicate.None.class) {
            return null;
        }
        if (predicate.isInterface() || Modifier.isAbstract(predicate.getModifiers())) {
            report(method, "auth predicate " + predicate.getName() + " is abstract");
        }
        return predicate;
    }

    private void report(Method method, String message) {
        problems.accept(new Problem(Problem.source(method), message));
    }
}
