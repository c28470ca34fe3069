package dev.mizan.codegen.render;

import dev.mizan.codegen.view.BindingFile;

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
        return BindingParts.collect(functions, contexts, ts)
                .file(
                        new Imports(),
                        new BindingParts.Package("@mizan/svelte", "setMizanClient", "ContextRune", "MutationRune"));
    }
}
