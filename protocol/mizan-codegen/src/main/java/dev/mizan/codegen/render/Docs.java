package dev.mizan.codegen.render;

import dev.mizan.codegen.view.DocView;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Builds TSDoc comments from paragraphs of text: the Javadoc carried by the IR and generated facts. */
final class Docs {

    private Docs() {}

    /** A comment of the non-empty paragraphs, separated by blank comment lines. */
    static DocView of(List<String> paragraphs) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) {
                continue;
            }
            lines.add(lines.isEmpty() ? "/**" : " *");
            paragraph
                    .strip()
                    .lines()
                    .map(line -> line.replace("*/", "*\\/").stripTrailing())
                    .forEach(line -> lines.add(line.isEmpty() ? " *" : " * " + line));
        }
        if (!lines.isEmpty()) {
            lines.add(" */");
        }
        return new DocView(lines);
    }

    /** The Javadoc of a function, or empty. */
    static String javadoc(IrFunction function) {
        return function.doc() == null ? "" : function.doc();
    }

    /** What calling the function does to cached data and who may call it, one sentence per line. */
    static String facts(IrFunction function) {
        List<String> facts = new ArrayList<>();
        if (!function.affects().isEmpty()) {
            facts.add("Invalidates "
                    + function.affects().stream().map(Docs::target).collect(Collectors.joining(", ")) + ".");
        }
        if (!function.merge().isEmpty()) {
            facts.add("Merges its result into " + codes(function.merge()) + ".");
        }
        String auth = auth(function);
        if (!auth.isEmpty()) {
            facts.add(auth);
        }
        return String.join("\n", facts);
    }

    private static String target(IrAffects affects) {
        return affects.slot() ? "the `" + affects.target() + "` slot" : "`" + affects.target() + "`";
    }

    private static String auth(IrFunction function) {
        List<String> parts = new ArrayList<>();
        if (function.auth() != IrAuth.PUBLIC) {
            parts.add("`" + function.auth().wireName() + "`");
        }
        if (function.predicate() != null) {
            parts.add("predicate `" + function.predicate() + "`");
        }
        if (!function.roles().isEmpty()) {
            parts.add("one of the roles " + codes(function.roles()));
        }
        return parts.isEmpty() ? "" : "Auth: " + String.join(", ", parts) + ".";
    }

    private static String codes(List<String> names) {
        return names.stream().map(n -> "`" + n + "`").collect(Collectors.joining(", "));
    }
}
