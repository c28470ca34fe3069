package dev.mizan.codegen.view;

import java.util.List;

/**
 * The contexts module: descriptor, params, data, error types and a fetch function per context.
 *
 * @param header the generated-file header comment
 * @param imports the imports
 * @param contexts the contexts, sorted by name
 */
public record ContextsFile(String header, List<ImportView> imports, List<ContextView> contexts) {

    public ContextsFile {
        imports = List.copyOf(imports);
        contexts = List.copyOf(contexts);
    }
}
