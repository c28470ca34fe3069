package dev.mizan.ir.kdl;

import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Writes KDL in the canonical form: 4-space indent, one node per line, {@code \n} line ends,
 * strings bare where KDL allows, properties sorted by key, numbers in their canonical text.
 */
final class KdlPrinter {

    private final StringBuilder out = new StringBuilder();

    String print(KdlDocument document) {
        for (KdlNode node : document.nodes()) {
            node(node, 0);
        }
        return document.nodes().isEmpty() ? "\n" : out.toString();
    }

    private void node(KdlNode node, int depth) {
        out.append("    ".repeat(depth));
        typeAnnotation(node.type());
        string(node.name());
        for (KdlValue arg : node.args()) {
            out.append(' ');
            value(arg);
        }
        for (Map.Entry<String, KdlValue> prop : new TreeMap<>(node.props()).entrySet()) {
            out.append(' ');
            string(prop.getKey());
            out.append('=');
            value(prop.getValue());
        }
        if (!node.children().isEmpty()) {
            out.append(" {\n");
            for (KdlNode child : node.children()) {
                node(child, depth + 1);
            }
            out.append("    ".repeat(depth)).append('}');
        }
        out.append('\n');
    }

    private void typeAnnotation(@Nullable String type) {
        if (type != null) {
            out.append('(');
            string(type);
            out.append(')');
        }
    }

    private void value(KdlValue value) {
        typeAnnotation(value.type());
        switch (value) {
            case KdlValue.KdlString s -> string(s.value());
            case KdlValue.KdlNumber n -> out.append(n.text());
            case KdlValue.KdlBoolean b -> out.append(b.value() ? "#true" : "#false");
            case KdlValue.KdlNull n -> out.append("#null");
        }
    }

    private void string(String s) {
        if (KdlChars.isBareIdentifier(s)) {
            out.append(s);
            return;
        }
        out.append('"');
        s.codePoints().forEach(this::escaped);
        out.append('"');
    }

    private void escaped(int c) {
        switch (c) {
            case '"' -> out.append("\\\"");
            case '\\' -> out.append("\\\\");
            case '\b' -> out.append("\\b");
            case '\f' -> out.append("\\f");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (KdlChars.isDisallowed(c) || KdlChars.isNewline(c)) {
                    out.append("\\u{").append(Integer.toHexString(c)).append('}');
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }
}
