package dev.mizan.codegen.render;

import java.util.regex.Pattern;

/** TypeScript spellings of IR names: identifiers, property keys and string literals. */
final class TsNames {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private TsNames() {}

    /** {@code create_task} → {@code CreateTask}; any non-alphanumeric character separates words. */
    static String pascal(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (!Character.isLetterOrDigit(c)) {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code create_task} → {@code createTask}. */
    static String camel(String name) {
        String pascal = pascal(name);
        return pascal.isEmpty() ? pascal : Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
    }

    /** True when {@code name} can be written bare as a TypeScript identifier or property key. */
    static boolean isIdentifier(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    /** The key of an object-type member: bare when an identifier, else a string literal. */
    static String propertyKey(String name) {
        return isIdentifier(name) ? name : literal(name);
    }

    /** Optional-chained property access: {@code ?.name} or {@code ?.['odd-name']}. */
    static String optionalAccess(String name) {
        return isIdentifier(name) ? "?." + name : "?.[" + literal(name) + "]";
    }

    /** A single-quoted TypeScript string literal. */
    static String literal(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('\'');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('\'').toString();
    }
}
