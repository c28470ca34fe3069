package dev.mizan.codegen.render;

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
        return parts.file(
                new Imports().add("vue", vueValues, vueTypes),
                new BindingParts.Package("@mizan/vue", "provideMizanClient", "ContextRefs", "MutationRefs"));
    }
}
