package dev.mizan.codegen.render;

import dev.mizan.codegen.view.ContextView;
import dev.mizan.codegen.view.FunctionView;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the Vue and Svelte binding modules are made of: the contexts (global apart), the callable
 * functions, and the names each module imports from the client's other modules.
 *
 * @param global the global context, or {@code null}
 * @param named the named contexts, sorted
 * @param calls the functions that are not context members, sorted
 * @param uses the kernel and IR types the slot and result types mention
 * @param needsNoParams true when a context without params is mounted
 */
record BindingParts(
        @Nullable ContextView global,
        List<ContextView> named,
        List<FunctionView> calls,
        TsTypes.Uses uses,
        boolean needsNoParams) {

    static BindingParts collect(FunctionViews functions, ContextViews contexts, TsTypes ts) {
        TsTypes.Uses uses = TsTypes.Uses.create();
        ContextView global = null;
        List<ContextView> named = new ArrayList<>();
        for (IrContext context : contexts.sorted()) {
            ContextView view = contexts.view(context, TsTypes.Uses.create());
            contexts.members(context).forEach(m -> ts.render(m.output(), uses));
            if (context.name().equals(ContextViews.GLOBAL)) {
                global = view;
            } else {
                named.add(view);
            }
        }
        List<FunctionView> calls = new ArrayList<>();
        for (IrFunction function : functions.sorted()) {
            if (function.context() == null) {
                calls.add(functions.view(function, TsTypes.Uses.create()));
                ts.render(function.output(), uses);
            }
        }
        boolean needsNoParams =
                global != null || named.stream().anyMatch(c -> c.params().isEmpty());
        return new BindingParts(global, named, calls, uses, needsNoParams);
    }

    /** Every context, named ones first. */
    List<ContextView> all() {
        List<ContextView> all = new ArrayList<>(named);
        if (global != null) {
            all.add(global);
        }
        return all;
    }

    /** Adds the imports from {@code ./runtime}, {@code ./contexts}, {@code ./functions} and {@code ./types}. */
    Imports addClientImports(Imports imports) {
        Set<String> contextValues = new TreeSet<>();
        Set<String> contextTypes = new TreeSet<>();
        for (ContextView c : all()) {
            contextValues.add(c.descriptor());
            contextTypes.add(c.dataType());
            contextTypes.add(c.errorType());
        }
        named.stream().filter(c -> !c.params().isEmpty()).forEach(c -> contextTypes.add(c.paramsType()));
        Set<String> functionTypes = new TreeSet<>();
        calls.forEach(f -> {
            functionTypes.add(f.argsType());
            functionTypes.add(f.errorType());
        });
        return imports.add("./runtime", List.of("DEFAULT_BASE_URL", "configureMizan"), List.of())
                .add("./contexts", contextValues, contextTypes)
                .add("./functions", List.of(), functionTypes)
                .add("./types", List.of(), uses.types());
    }
}
