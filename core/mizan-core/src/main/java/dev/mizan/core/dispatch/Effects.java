package dev.mizan.core.dispatch;

import dev.mizan.core.registry.AffectsTarget;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.MergeTarget;
import dev.mizan.core.registry.ParamDescriptor;
import dev.mizan.core.registry.Registry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * The invalidation and merge entries of one mutation, planned at startup and scoped per call by
 * the three tiers (MIZAN.md §3): each required context param from the argument of the same name,
 * else from the result's top-level property of that name, else the entry is unscoped.
 */
final class Effects {

    private record ScopeParam(String name, int argIndex) {}

    private record Planned(String context, @Nullable String slot, boolean merge, List<ScopeParam> scope) {}

    /** What a call produced: entries, plus the result as a tree when it had to be built. */
    record Computed(
            List<InvalidateEntry> invalidate,
            List<MergeEntry> merge,
            @Nullable JsonNode resultTree) {}

    private static final Computed NONE = new Computed(List.of(), List.of(), null);

    private final List<Planned> planned;

    private Effects(List<Planned> planned) {
        this.planned = planned;
    }

    static Effects plan(FunctionDescriptor fn, Registry registry) {
        List<Planned> planned = new ArrayList<>();
        for (AffectsTarget t : fn.affects()) {
            planned.add(new Planned(t.context(), t.slot(), false, scope(fn, registry.context(t.context()))));
        }
        for (MergeTarget t : fn.merge()) {
            planned.add(new Planned(t.context(), t.slot(), true, scope(fn, registry.context(t.context()))));
        }
        return new Effects(List.copyOf(planned));
    }

    private static List<ScopeParam> scope(FunctionDescriptor fn, @Nullable ContextDescriptor context) {
        if (context == null) {
            throw new IllegalStateException("registry lost context of " + fn.source());
        }
        List<ScopeParam> out = new ArrayList<>();
        for (String name : context.requiredParams()) {
            int argIndex = fn.inputs().stream()
                    .filter(p -> p.name().equals(name))
                    .mapToInt(ParamDescriptor::index)
                    .findFirst()
                    .orElse(-1);
            out.add(new ScopeParam(name, argIndex));
        }
        return List.copyOf(out);
    }

    boolean isEmpty() {
        return planned.isEmpty();
    }

    Computed compute(Object[] args, @Nullable Object result, JsonMapper mapper) {
        if (planned.isEmpty()) {
            return NONE;
        }
        ResultTree tree = new ResultTree(result, mapper);
        List<InvalidateEntry> invalidate = new ArrayList<>();
        List<MergeEntry> merge = new ArrayList<>();
        for (Planned p : planned) {
            Map<String, JsonNode> params = params(p.scope(), args, tree, mapper);
            if (p.merge()) {
                merge.add(new MergeEntry(p.context(), p.slot(), tree.get(), params));
            } else {
                invalidate.add(new InvalidateEntry(p.context(), params, p.slot()));
            }
        }
        return new Computed(List.copyOf(invalidate), List.copyOf(merge), tree.built());
    }

    private static @Nullable Map<String, JsonNode> params(
            List<ScopeParam> scope, Object[] args, ResultTree tree, JsonMapper mapper) {
        if (scope.isEmpty()) {
            return null;
        }
        Map<String, JsonNode> out = new TreeMap<>();
        for (ScopeParam p : scope) {
            JsonNode value = fromArg(p, args, mapper);
            if (value == null) {
                JsonNode fromResult = tree.get().get(p.name());
                value = fromResult == null || fromResult.isNull() ? null : fromResult;
            }
            if (value == null) {
                return null;
            }
            out.put(p.name(), value);
        }
        return out;
    }

    private static @Nullable JsonNode fromArg(ScopeParam p, Object[] args, JsonMapper mapper) {
        if (p.argIndex() < 0) {
            return null;
        }
        Object arg = args[p.argIndex()];
        if (arg instanceof Optional<?> o) {
            arg = o.orElse(null);
        }
        return arg == null ? null : mapper.valueToTree(arg);
    }

    /** The result as a JSON tree, built at most once and only when needed. */
    private static final class ResultTree {
        private final @Nullable Object result;
        private final JsonMapper mapper;
        private @Nullable JsonNode tree;

        ResultTree(@Nullable Object result, JsonMapper mapper) {
            this.result = result;
            this.mapper = mapper;
        }

        JsonNode get() {
            if (tree == null) {
                Object value = result instanceof Optional<?> o ? o.orElse(null) : result;
                tree = value == null ? NullNode.getInstance() : mapper.valueToTree(value);
            }
            return tree;
        }

        @Nullable
        JsonNode built() {
            return tree;
        }
    }
}
