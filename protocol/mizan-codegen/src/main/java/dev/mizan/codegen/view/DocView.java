package dev.mizan.codegen.view;

import java.util.List;

/**
 * A TSDoc comment, as the lines to print ({@code /**}, {@code  * text}, {@code  *}, {@code  *}{@code /});
 * no lines when there is nothing to say.
 */
public record DocView(List<String> lines) {

    public DocView {
        lines = List.copyOf(lines);
    }

    /** True when the comment has content. */
    public boolean present() {
        return !lines.isEmpty();
    }
}
