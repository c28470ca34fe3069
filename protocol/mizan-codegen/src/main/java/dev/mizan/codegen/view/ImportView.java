package dev.mizan.codegen.view;

import java.util.List;

/**
 * One import statement.
 *
 * @param module the module specifier ({@code @mizan/base}, {@code ./types})
 * @param typeOnly true for {@code import type { ... }}
 * @param names the imported names, sorted; entries of a value import may read {@code type X}
 */
public record ImportView(String module, boolean typeOnly, List<String> names) {

    public ImportView {
        names = List.copyOf(names);
    }

    /** True when the names are printed one per line: the one-line form would be longer than 100 characters. */
    public boolean multiline() {
        int length = "import type {  } from ''".length() + module.length();
        for (String name : names) {
            length += name.length() + 2;
        }
        return length > 100;
    }
}
