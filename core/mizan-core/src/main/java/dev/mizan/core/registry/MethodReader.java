package dev.mizan.core.registry;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.types.TypeModel;
import dev.mizan.core.upload.Uploads;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Reads one {@code @Client} method into a {@link Declared}, reporting what is wrong with it alone. */
final class MethodReader {

    private final Auth defaultAuth;
    private final @Nullable TypeModel types;
    private final Consumer<Problem> problems;

    /** With a type model, parameter and return types are checked by it instead of {@link TypeRules}. */
    MethodReader(Auth defaultAuth, @Nullable TypeModel types, Consumer<Problem> problems) {
        this.defaultAuth = defaultAuth;
        this.types = types;
        this.problems = problems;
    }

    @Nullable
    Declared read(Method method) {
        Client client = method.getAnnotation(Client.class);
        if (client == null) {
            report(method, "is not annotated @Client");
            return null;
        }
        String name = client.name().isEmpty() ? Names.snakeCase(method.getName()) : client.name();
        if (!Names.isIdentifier(name)) {
            report(method, "function name '" + name + "' is not an identifier ([A-Za-z_][A-Za-z0-9_]*)");
        }
        String context = client.context().isEmpty() ? null : client.context();
        if (context != null && !Names.isIdentifier(context)) {
            report(method, "context name '" + context + "' is not an identifier ([A-Za-z_][A-Za-z0-9_]*)");
        }
        List<ParamDescriptor> params = params(method);
        checkShape(method, client, context, params);
        if (types != null) {
            checkWireTypes(method, params);
        } else {
            String outputProblem = TypeRules.unsupportedOutput(method.getGenericReturnType());
            if (outputProblem != null) {
                report(method, "unsupported return type: " + outputProblem);
            }
        }
        Class<? extends AuthPredicate> predicate = predicate(method, client);
        Auth auth = client.auth() == Auth.DEFAULT ? defaultAuth : client.auth();
        boolean outputNullable = method.getReturnType() != void.class
                && Nullness.nullable(method.getAnnotatedReturnType(), method.getAnnotations());
        return new Declared(
                name,
                method,
                params,
                method.getGenericReturnType(),
                outputNullable,
                context,
                List.of(client.affects()),
                List.of(client.merge()),
                auth,
                predicate,
                List.of(client.roles()),
                client.rev(),
                scope(method, client, context),
                cacheTtl(method, client, context),
                live(method, client, context));
    }

    private boolean live(Method method, Client client, @Nullable String context) {
        if (client.live() && context == null) {
            report(
                    method,
                    "declares live but belongs to no context: clients subscribe to contexts (add context = \"...\")");
        }
        return client.live();
    }

    private @Nullable Duration cacheTtl(Method method, Client client, @Nullable String context) {
        String text = client.cache().ttl();
        if (text.isEmpty()) {
            return null;
        }
        Duration ttl = CacheTtl.parse(text);
        if (ttl == null) {
            report(
                    method,
                    "cache ttl '" + text + "' is not a positive whole number of seconds, minutes, hours or days"
                            + " (30s, 5m, 1h, 1d) or an ISO-8601 duration (PT90S)");
        }
        if (context == null) {
            report(method, "declares a cache but belongs to no context: the origin cache keeps context members");
        }
        return ttl;
    }

    private @Nullable ContextScope scope(Method method, Client client, @Nullable String context) {
        ContextScope[] declared = client.scope();
        if (declared.length == 0) {
            return null;
        }
        if (declared.length > 1) {
            report(method, "declares several scopes " + List.of(declared) + "; a context has one scope");
        }
        if (context == null) {
            report(
                    method,
                    "declares scope " + declared[0].wireName()
                            + " but belongs to no context: a scope is a context's (add context = \"...\")");
        }
        return declared[0];
    }

    private List<ParamDescriptor> params(Method method) {
        List<ParamDescriptor> out = new ArrayList<>();
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            Parameter p = parameters[i];
            if (!p.isNamePresent()) {
                report(method, "parameter names are missing: compile with -parameters");
            }
            boolean injected = Injectables.isInjected(p.getType());
            if (!injected && types == null) {
                String problem = TypeRules.unsupportedInput(p.getParameterizedType());
                if (problem != null) {
                    report(method, "parameter '" + p.getName() + "' has an unsupported type: " + problem);
                }
            }
            boolean optional = !injected && Nullness.nullable(p.getAnnotatedType(), p.getAnnotations());
            out.add(new ParamDescriptor(p.getName(), i, p.getParameterizedType(), optional, injected));
        }
        return out;
    }

    private void checkWireTypes(Method method, List<ParamDescriptor> params) {
        String prefix = Problem.source(method) + " ";
        for (String problem : types.problems(method, i -> params.get(i).injected())) {
            report(method, problem.startsWith(prefix) ? problem.substring(prefix.length()) : problem);
        }
    }

    private void checkShape(Method method, Client client, @Nullable String context, List<ParamDescriptor> params) {
        boolean mutation = client.affects().length > 0 || client.merge().length > 0;
        if (context != null && mutation) {
            report(method, "a context member cannot declare affects or merge: context functions are reads");
        }
        if (ContextDescriptor.GLOBAL.equals(context)) {
            List<String> inputs = params.stream()
                    .filter(p -> !p.injected())
                    .map(ParamDescriptor::name)
                    .toList();
            if (!inputs.isEmpty()) {
                report(method, "a member of the 'global' context cannot take parameters, but takes " + inputs);
            }
        }
        boolean takesUploads = params.stream().anyMatch(p -> !p.injected() && Uploads.isUpload(p.type()));
        if (context != null && takesUploads) {
            report(method, "a context member cannot take uploads: context functions are fetched with GET");
        }
        if (Uploads.isUpload(method.getGenericReturnType())) {
            report(method, "an upload cannot be returned: return a record describing the stored file");
        }
        if (client.rev() < 0) {
            report(method, "rev must not be negative, is " + client.rev());
        }
    }

    private @Nullable Class<? extends AuthPredicate> predicate(Method method, Client client) {
        Class<? extends AuthPredicate> predicate = client.predicate();
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
