package dev.mizan.codegen.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Evens out the blank lines of rendered text, so templates can separate their blocks freely: no
 * blank line right after a line opening a block or right before one closing it, never two blank
 * lines in a row, none at the start, exactly one newline at the end; a blank line before every
 * top-level doc comment and after every top-level block or union.
 */
final class Tidy {

    private Tidy() {}

    static String blankLines(String text) {
        List<String> out = new ArrayList<>();
        boolean pendingBlank = false;
        for (String line : text.split("\n", -1)) {
            String stripped = line.stripTrailing();
            if (stripped.isEmpty()) {
                pendingBlank = !out.isEmpty() && !opensBlock(out.getLast());
                continue;
            }
            if (!out.isEmpty() && separated(out.getLast(), stripped)) {
                pendingBlank = true;
            }
            if (pendingBlank && !closesBlock(stripped)) {
                out.add("");
            }
            pendingBlank = false;
            out.add(stripped);
        }
        return String.join("\n", out) + "\n";
    }

    private static boolean separated(String previous, String line) {
        if (line.startsWith(" ") || opensBlock(previous)) {
            return false;
        }
        boolean endedBlock =
                previous.equals("}") || previous.startsWith("  | ") || previous.startsWith("export const ");
        return line.startsWith("/**") || endedBlock;
    }

    private static boolean opensBlock(String line) {
        return line.endsWith("{")
                || line.endsWith("(")
                || line.endsWith("=")
                || line.strip().equals("/**");
    }

    private static boolean closesBlock(String line) {
        String s = line.strip();
        return s.startsWith("}") || s.startsWith(")") || s.startsWith("*");
    }
}
