package dev.mizan.codegen.view;

import java.util.List;

/**
 * The functions module: arguments, error types and a call function per server function.
 *
 * @param header the generated-file header comment
 * @param imports the imports
 * @param functions the functions, sorted by protocol name
 */
public record FunctionsFile(String header, List<ImportView> imports, List<FunctionView> functions) {

    public FunctionsFile {
        imports = List.copyOf(imports);
        functions = List.copyOf(functions);
    }
}
