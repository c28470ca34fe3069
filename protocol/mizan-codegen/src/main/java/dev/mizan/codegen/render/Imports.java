package dev.mizan.codegen.render;

import dev.mizan.codegen.view.ImportView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Collects the import statements of one file: value and type names per module, in a fixed module order. */
final class Imports {

    private final List<ImportView> imports = new ArrayList<>();

    /** Adds an import of {@code values} and {@code types} from {@code module}; nothing when both are empty. */
    Imports add(String module, Collection<String> values, Collection<String> types) {
        TreeSet<String> sortedValues = new TreeSet<>(values);
        TreeSet<String> sortedTypes = new TreeSet<>(types);
        sortedTypes.removeAll(sortedValues);
        if (sortedValues.isEmpty() && sortedTypes.isEmpty()) {
            return this;
        }
        if (sortedValues.isEmpty()) {
            imports.add(new ImportView(module, true, List.copyOf(sortedTypes)));
            return this;
        }
        List<String> names = new ArrayList<>(sortedValues);
        sortedTypes.forEach(t -> names.add("type " + t));
        imports.add(new ImportView(module, false, names));
        return this;
    }

    List<ImportView> build() {
        return List.copyOf(imports);
    }
}
