package dev.mizan.ir.kdl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Recursive-descent parser for KDL 2 documents. */
final class KdlParser {

    private final KdlSource src;
    private final KdlTokens tokens;
    private static final int MAX_DEPTH = 256;
    private int depth;

    KdlParser(String text) {
        this.src = new KdlSource(text);
        this.tokens = new KdlTokens(src);
    }

    KdlDocument parse() {
        if (src.peek() == 0xFEFF) {
            src.pos++;
        }
        for (int i = src.pos; i < src.cps.length; i++) {
            if (KdlChars.isDisallowed(src.cps[i])) {
                throw src.error(String.format("code point U+%04X is not allowed in a KDL document", src.cps[i]), i);
            }
        }
        return new KdlDocument(nodes(false));
    }

    private List<KdlNode> nodes(boolean inBlock) {
        List<KdlNode> out = new ArrayList<>();
        while (true) {
            skipLineSpace();
            if (src.eof()) {
                if (inBlock) {
                    throw src.error("unclosed children block: expected '}'");
                }
                return out;
            }
            if (src.peek() == '}') {
                if (inBlock) {
                    return out;
                }
                throw src.error("unexpected '}'");
            }
            boolean commented = slashdash();
            KdlNode node = node(inBlock);
            if (!commented) {
                out.add(node);
            }
        }
    }

    /** Consumes a slashdash and the line space after it; false when there is none. */
    private boolean slashdash() {
        if (!src.startsWith("/-")) {
            return false;
        }
        src.pos += 2;
        skipLineSpace();
        if (src.eof() || src.peek() == '}' || src.peek() == ';') {
            throw src.error("'/-' must be followed by what it comments out");
        }
        return true;
    }

    private KdlNode node(boolean inBlock) {
        int start = src.pos;
        String type = src.peek() == '(' ? typeAnnotation() : null;
        skipNodeSpace();
        String name = tokens.string("a node name");
        List<KdlValue> args = new ArrayList<>();
        Map<String, KdlValue> props = new LinkedHashMap<>();
        List<KdlNode> children = null;
        boolean anyBlock = false;
        while (true) {
            boolean spaced = skipNodeSpace();
            if (atTerminator()) {
                break;
            }
            boolean commented = slashdash();
            if (src.peek() == '{') {
                if (++depth > MAX_DEPTH) {
                    throw src.error("children blocks are nested deeper than " + MAX_DEPTH + " levels");
                }
                src.pos++;
                List<KdlNode> block = nodes(true);
                src.pos++;
                depth--;
                anyBlock = true;
                if (!commented) {
                    if (children != null) {
                        throw src.error("a node has at most one children block");
                    }
                    children = block;
                }
                continue;
            }
            if (anyBlock) {
                throw src.error("arguments and properties must come before the children block");
            }
            if (!spaced && !commented) {
                throw src.error("expected whitespace before " + src.describe(src.pos));
            }
            entry(commented ? new ArrayList<>() : args, commented ? new LinkedHashMap<>() : props);
        }
        if (src.peek() == ';') {
            src.pos++;
        } else if (src.peek() == '}' && !inBlock) {
            throw src.error("unexpected '}'");
        }
        return new KdlNode(type, name, args, props, children == null ? List.of() : children, src.position(start));
    }

    private boolean atTerminator() {
        int c = src.peek();
        return src.eof() || KdlChars.isNewline(c) || c == ';' || c == '}' || src.startsWith("//");
    }

    private void entry(List<KdlValue> args, Map<String, KdlValue> props) {
        int start = src.pos;
        if (src.peek() == '(') {
            String type = typeAnnotation();
            skipNodeSpace();
            args.add(tokens.value(type, start));
            if (src.peek() == '=') {
                throw src.error("a property key cannot have a type annotation", start);
            }
            return;
        }
        if (!tokens.atValue()) {
            throw src.error("unexpected " + src.describe(start));
        }
        KdlValue value = tokens.value(null, start);
        int afterValue = src.pos;
        skipNodeSpace();
        if (src.peek() != '=') {
            src.pos = afterValue;
            args.add(value);
            return;
        }
        if (!(value instanceof KdlValue.KdlString key)) {
            throw src.error("a property key must be a string", start);
        }
        src.pos++;
        skipNodeSpace();
        int valueStart = src.pos;
        String type = src.peek() == '(' ? typeAnnotation() : null;
        skipNodeSpace();
        if (!tokens.atValue()) {
            throw src.error("expected a property value, found " + src.describe(src.pos));
        }
        props.remove(key.value());
        props.put(key.value(), tokens.value(type, valueStart));
    }

    private String typeAnnotation() {
        src.pos++;
        skipNodeSpace();
        String type = tokens.string("a type name");
        skipNodeSpace();
        if (src.peek() != ')') {
            throw src.error("expected ')' to close the type annotation, found " + src.describe(src.pos));
        }
        src.pos++;
        return type;
    }

    /** Skips whitespace, block comments and line continuations; true when anything was skipped. */
    private boolean skipNodeSpace() {
        int start = src.pos;
        while (!src.eof()) {
            int c = src.peek();
            if (KdlChars.isUnicodeSpace(c)) {
                src.pos++;
            } else if (src.startsWith("/*")) {
                blockComment();
            } else if (c == '\\') {
                escline();
            } else {
                break;
            }
        }
        return src.pos != start;
    }

    private void skipLineSpace() {
        while (true) {
            skipNodeSpace();
            if (src.newline()) {
                continue;
            }
            if (src.startsWith("//")) {
                lineComment();
                continue;
            }
            return;
        }
    }

    private void escline() {
        int start = src.pos;
        src.pos++;
        while (!src.eof() && (KdlChars.isUnicodeSpace(src.peek()) || src.startsWith("/*"))) {
            if (src.startsWith("/*")) {
                blockComment();
            } else {
                src.pos++;
            }
        }
        if (src.startsWith("//")) {
            lineComment();
        } else if (!src.newline() && !src.eof()) {
            throw src.error("'\\' outside a string must end the line (line continuation)", start);
        }
    }

    private void lineComment() {
        while (!src.eof() && !KdlChars.isNewline(src.peek())) {
            src.pos++;
        }
        src.newline();
    }

    private void blockComment() {
        int start = src.pos;
        src.pos += 2;
        int depth = 1;
        while (depth > 0) {
            if (src.eof()) {
                throw src.error("unterminated block comment", start);
            }
            if (src.startsWith("/*")) {
                depth++;
                src.pos += 2;
            } else if (src.startsWith("*/")) {
                depth--;
                src.pos += 2;
            } else {
                src.pos++;
            }
        }
    }
}
