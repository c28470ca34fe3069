package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.BindingFile;
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

    /**
     * What a binding module imports from its own package.
     *
     * @param module the package ({@code @mizan/vue})
     * @param setter the function that hands the client to the framework
     * @param contextState the type of a context's state, imported with {@code useContextState}
     * @param mutationState the type of a mutation's state, imported with {@code useCall}
     */
    record Package(String module, String setter, String contextState, String mutationState) {}

    /**
     * The file of one binding module: after {@code imports} (the framework's own), its imports from
     * {@code @mizan/base}, from its binding package and from the client's other modules.
     */
    BindingFile file(Imports imports, Package binding) {
        Set<String> kernelTypes = new TreeSet<>(List.of("DehydratedState", "MizanClient"));
        if (needsNoParams) {
            kernelTypes.add("Params");
        }
        kernelTypes.addAll(uses.kernel());
        Set<String> bindingValues = new TreeSet<>(List.of(binding.setter()));
        Set<String> bindingTypes = new TreeSet<>();
        if (!all().isEmpty()) {
            bindingValues.add("useContextState");
            bindingTypes.add(binding.contextState());
        }
        if (!calls.isEmpty()) {
            bindingValues.add("useCall");
            bindingTypes.add(binding.mutationState());
        }
        imports.add("@mizan/base", List.of(), kernelTypes).add(binding.module(), bindingValues, bindingTypes);
        return new BindingFile(
                GeneratedFile.HEADER, addClientImports(imports).build(), global, named, calls, needsNoParams);
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
