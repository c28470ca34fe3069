package dev.mizan.codegen.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The module of framework bindings other than React's (Vue, Svelte): the root setup, composables
 * per context and per member slot, one per callable function.
 *
 * @param header the generated-file header comment
 * @param imports the imports
 * @param global the global context, or {@code null} when the IR has none
 * @param contexts the named (non-global) contexts, sorted by name
 * @param calls the functions that are not context members, sorted by protocol name
 * @param needsNoParams true when a context without params is mounted (the shared empty params)
 */
public record BindingFile(
        String header,
        List<ImportView> imports,
        @Nullable ContextView global,
        List<ContextView> contexts,
        List<FunctionView> calls,
        boolean needsNoParams) {

    public BindingFile {
        imports = List.copyOf(imports);
        contexts = List.copyOf(contexts);
        calls = List.copyOf(calls);
    }
}
