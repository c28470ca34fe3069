package dev.mizan.codegen.view;

import java.util.List;

/**
 * The types module: one declaration per IR type.
 *
 * @param header the generated-file header comment
 * @param imports the imports
 * @param decls the declarations, sorted by name
 */
public record TypesFile(String header, List<ImportView> imports, List<TypeDeclView> decls) {

    public TypesFile {
        imports = List.copyOf(imports);
        decls = List.copyOf(decls);
    }
}
