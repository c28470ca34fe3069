package dev.mizan.core.dispatch;

import dev.mizan.core.cache.OriginCache;
import jakarta.validation.Validator;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dispatcher needs from its host.
 *
 * @param mapper the application's JSON mapper (wire names follow its configuration)
 * @param validator Bean Validation, or {@code null} to skip validation
 * @param instances the objects functions are invoked on
 * @param predicates the custom auth predicate instances
 * @param contextExecutor runs the members of a context bundle in parallel
 * @param translator names the protocol error for framework exceptions the core does not know
 * @param cache the origin cache, or {@code null} when no member is cached
 * @param policy answer and header bounds, and whether guarded names are revealed
 */
public record DispatchOptions(
        JsonMapper mapper,
        @Nullable Validator validator,
        InstanceResolver instances,
        PredicateResolver predicates,
        Executor contextExecutor,
        FailureTranslator translator,
        @Nullable OriginCache cache,
        DispatchPolicy policy) {

    /** Defaults: no validation, reflective instances and predicates, one virtual thread per member. */
    public static DispatchOptions of(JsonMapper mapper) {
        return new DispatchOptions(
                mapper,
                null,
                InstanceResolver.reflective(),
                PredicateResolver.reflective(),
                Executors.newVirtualThreadPerTaskExecutor(),
                FailureTranslator.none(),
                null,
                DispatchPolicy.defaults());
    }

    public DispatchOptions withValidator(@Nullable Validator v) {
        return new DispatchOptions(mapper, v, instances, predicates, contextExecutor, translator, cache, policy);
    }

    public DispatchOptions withInstances(InstanceResolver i) {
        return new DispatchOptions(mapper, validator, i, predicates, contextExecutor, translator, cache, policy);
    }

    public DispatchOptions withPredicates(PredicateResolver p) {
        return new DispatchOptions(mapper, validator, instances, p, contextExecutor, translator, cache, policy);
    }

    public DispatchOptions withContextExecutor(Executor e) {
        return new DispatchOptions(mapper, validator, instances, predicates, e, translator, cache, policy);
    }

    public DispatchOptions withCache(@Nullable OriginCache c) {
        return new DispatchOptions(mapper, validator, instances, predicates, contextExecutor, translator, c, policy);
    }

    public DispatchOptions withTranslator(FailureTranslator t) {
        return new DispatchOptions(mapper, validator, instances, predicates, contextExecutor, t, cache, policy);
    }

    public DispatchOptions withPolicy(DispatchPolicy p) {
        return new DispatchOptions(mapper, validator, instances, predicates, contextExecutor, translator, cache, p);
    }
}
