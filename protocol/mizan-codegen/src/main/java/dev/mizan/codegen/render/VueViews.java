package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.BindingFile;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the view of the Vue module ({@code vue.ts}). */
final class VueViews {

    private final FunctionViews functions;
    private final ContextViews contexts;
    private final TsTypes ts;

    VueViews(FunctionViews functions, ContextViews contexts, TsTypes ts) {
        this.functions = functions;
        this.contexts = contexts;
        this.ts = ts;
    }

    BindingFile file() {
        BindingParts parts = BindingParts.collect(functions, contexts, ts);
        boolean anyContext = !parts.all().isEmpty();
        boolean anyMember = parts.all().stream().anyMatch(c -> !c.members().isEmpty());
        boolean anyParams = parts.named().stream().anyMatch(c -> !c.params().isEmpty());
        Set<String> vueTypes = new TreeSet<>(List.of("App"));
        Set<String> vueValues = new TreeSet<>();
        if (anyMember) {
            vueValues.add("computed");
            vueTypes.add("ComputedRef");
        }
        if (anyParams) {
            vueTypes.add("MaybeRefOrGetter");
        }
        Set<String> kernelTypes = new TreeSet<>(List.of("DehydratedState", "MizanClient"));
        if (parts.needsNoParams()) {
            kernelTypes.add("Params");
        }
        kernelTypes.addAll(parts.uses().kernel());
        Set<String> bindingValues = new TreeSet<>(List.of("provideMizanClient"));
        Set<String> bindingTypes = new TreeSet<>();
        if (anyContext) {
            bindingValues.add("useContextState");
            bindingTypes.add("ContextRefs");
        }
        if (!parts.calls().isEmpty()) {
            bindingValues.add("useCall");
            bindingTypes.add("MutationRefs");
        }
        Imports imports = new Imports()
                .add("vue", vueValues, vueTypes)
                .add("@mizan/base", List.of(), kernelTypes)
                .add("@mizan/vue", bindingValues, bindingTypes);
        return new BindingFile(
                GeneratedFile.HEADER,
                parts.addClientImports(imports).build(),
                parts.global(),
                parts.named(),
                parts.calls(),
                parts.needsNoParams());
    }
}
