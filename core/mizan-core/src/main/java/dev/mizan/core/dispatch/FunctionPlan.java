package dev.mizan.core.dispatch;

import dev.mizan.core.RequestHandle;
import dev.mizan.core.forms.FormMessages;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.ParamDescriptor;
import dev.mizan.core.registry.Registry;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/** Everything needed to serve one function, prepared at startup so a call does no reflection lookups. */
record FunctionPlan(
        FunctionDescriptor descriptor,
        Guard guard,
        ArgBinder binder,
        Validation validation,
        Invoker invoker,
        @Nullable Object target,
        ObjectWriter writer,
        Effects effects) {

    static FunctionPlan prepare(FunctionDescriptor fn, Registry registry, DispatchOptions options) {
        boolean isStatic = Modifier.isStatic(fn.method().getModifiers());
        Object target = isStatic ? null : options.instances().instanceFor(fn);
        var predicate = fn.predicate() == null ? null : options.predicates().predicateFor(fn.predicate());
        var mapper = options.mapper();
        return new FunctionPlan(
                fn,
                new Guard(fn, predicate),
                ArgBinder.plan(fn, mapper),
                Validation.plan(
                        options.validator(),
                        fn.method(),
                        fn.inputs().stream().map(ParamDescriptor::index).toList(),
                        new WireNames(mapper)),
                Invoker.of(fn.method(), target),
                target,
                mapper.writerFor(mapper.constructType(fn.output())),
                Effects.plan(fn, registry));
    }

    String name() {
        return descriptor.name();
    }

    /** Binds, validates and invokes (auth is checked by the caller first). */
    @Nullable
    Object run(@Nullable JsonNode args, RequestHandle request) throws Throwable {
        Object[] bound = binder.bind(args, request);
        validation.validate(target, bound, FormMessages.locale(request));
        return invoker.invoke(bound);
    }

    /** Binds the arguments (before a cache lookup keyed by them). */
    Object[] bind(@Nullable JsonNode args, RequestHandle request) throws Throwable {
        return binder.bind(args, request);
    }

    /** Validates and invokes already-bound arguments. */
    @Nullable
    Object runBound(Object[] bound) throws Throwable {
        validation.validate(target, bound);
        return invoker.invoke(bound);
    }

    /** Binds, validates, invokes and returns the bound arguments with the result, for effects. */
    Invocation invoke(@Nullable JsonNode args, RequestHandle request) throws Throwable {
        Object[] bound = binder.bind(args, request);
        validation.validate(target, bound, FormMessages.locale(request));
        return new Invocation(bound, invoker.invoke(bound));
    }

    record Invocation(Object[] args, @Nullable Object result) {}
}
