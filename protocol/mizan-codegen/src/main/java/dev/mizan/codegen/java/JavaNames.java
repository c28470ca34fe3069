package dev.mizan.codegen.java;

import java.util.Locale;
import java.util.Set;

/** Java spellings of wire names: identifiers, camelCase, PascalCase, constants, string literals. */
final class JavaNames {

    static final Set<String> KEYWORDS = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed",
            "when",
            "_");

    private JavaNames() {}

    /** lowerCamelCase of a wire name ({@code create_task} → {@code createTask}, {@code x-legacy-code} → {@code xLegacyCode}). */
    static String camel(String wire) {
        String pascal = pascal(wire);
        String camel = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return KEYWORDS.contains(camel) ? camel + "_" : camel;
    }

    /** PascalCase of a wire name ({@code project} → {@code Project}). */
    static String pascal(String wire) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
                continue;
            }
            out.append(upper ? Character.toUpperCase(c) : c);
            upper = false;
        }
        if (out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, 'X');
        }
        return out.toString();
    }

    /** An enum constant for a wire value ({@code very-high} → {@code VERY_HIGH}, {@code in_progress} → {@code IN_PROGRESS}). */
    static String constant(String wire) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128) {
                if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(wire.charAt(i - 1))) {
                    out.append('_');
                }
                out.append(Character.toUpperCase(c));
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '_') {
                out.append('_');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '_') {
            out.setLength(out.length() - 1);
        }
        if (out.isEmpty() || !Character.isJavaIdentifierStart(out.charAt(0))) {
            out.insert(0, "V_");
        }
        String name = out.toString();
        return KEYWORDS.contains(name.toLowerCase(Locale.ROOT)) && name.equals(name.toLowerCase(Locale.ROOT))
                ? name + "_"
                : name;
    }

    /** A Java string literal. */
    static String literal(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
