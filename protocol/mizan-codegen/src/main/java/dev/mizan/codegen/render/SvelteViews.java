package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.BindingFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the view of the Svelte module ({@code svelte.ts}). */
final class SvelteViews {

    private final FunctionViews functions;
    private final ContextViews contexts;
    private final TsTypes ts;

    SvelteViews(FunctionViews functions, ContextViews contexts, TsTypes ts) {
        this.functions = functions;
        this.contexts = contexts;
        this.ts = ts;
    }

    BindingFile file() {
        BindingParts parts = BindingParts.collect(functions, contexts, ts);
        boolean anyContext = !parts.all().isEmpty();
        Set<String> kernelTypes = new TreeSet<>(List.of("DehydratedState", "MizanClient"));
        if (parts.needsNoParams()) {
            kernelTypes.add("Params");
        }
        kernelTypes.addAll(parts.uses().kernel());
        Set<String> bindingValues = new TreeSet<>(List.of("setMizanClient"));
        Set<String> bindingTypes = new TreeSet<>();
        if (anyContext) {
            bindingValues.add("useContextState");
            bindingTypes.add("ContextRune");
        }
        if (!parts.calls().isEmpty()) {
            bindingValues.add("useCall");
            bindingTypes.add("MutationRune");
        }
        Imports imports = new Imports()
                .add("@mizan/base", List.of(), kernelTypes)
                .add("@mizan/svelte", bindingValues, bindingTypes);
        return new BindingFile(
                GeneratedFile.HEADER,
                parts.addClientImports(imports).build(),
                parts.global(),
                parts.named(),
                parts.calls(),
                parts.needsNoParams());
    }
}
