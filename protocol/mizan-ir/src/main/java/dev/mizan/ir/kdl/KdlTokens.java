package dev.mizan.ir.kdl;

import org.jspecify.annotations.Nullable;

/** Reads the value tokens of KDL: strings of every form, numbers and keywords. */
final class KdlTokens {

    private final KdlSource src;

    KdlTokens(KdlSource src) {
        this.src = src;
    }

    /** True when a value token can start here. */
    boolean atValue() {
        int c = src.peek();
        return c == '"' || c == '#' || (c >= 0 && KdlChars.isIdentifierChar(c));
    }

    /** Reads a string, number or keyword. */
    KdlValue value(@Nullable String type, int start) {
        KdlPosition at = src.position(start);
        int c = src.peek();
        if (c == '"') {
            return new KdlValue.KdlString(quoted(), type, at);
        }
        if (c == '#') {
            if (src.peek(1) == '"' || src.peek(1) == '#') {
                return new KdlValue.KdlString(raw(), type, at);
            }
            return keyword(type, at);
        }
        int tokenStart = src.pos;
        String run = identifierRun();
        if (KdlChars.looksNumeric(run)) {
            String text = KdlNumbers.canonical(run);
            if (text == null) {
                throw src.error("invalid number '" + run + "'", tokenStart);
            }
            return new KdlValue.KdlNumber(text, type, at);
        }
        return new KdlValue.KdlString(checkIdentifier(run, tokenStart), type, at);
    }

    /** Reads a string (bare, quoted or raw); numbers and keywords are errors. */
    String string(String what) {
        int start = src.pos;
        if (!atValue()) {
            throw src.error("expected " + what + ", found " + src.describe(start));
        }
        KdlValue value = value(null, start);
        if (value instanceof KdlValue.KdlString s) {
            return s.value();
        }
        throw src.error("expected " + what + " (a string), found a " + kind(value), start);
    }

    private static String kind(KdlValue value) {
        return switch (value) {
            case KdlValue.KdlNumber n -> "number";
            case KdlValue.KdlBoolean b -> "boolean";
            case KdlValue.KdlNull n -> "null";
            case KdlValue.KdlString s -> "string";
        };
    }

    private String identifierRun() {
        int start = src.pos;
        while (!src.eof() && KdlChars.isIdentifierChar(src.peek())) {
            src.pos++;
        }
        if (start == src.pos) {
            throw src.error("unexpected " + src.describe(start));
        }
        return new String(src.cps, start, src.pos - start);
    }

    private String checkIdentifier(String run, int start) {
        return switch (run) {
            case "true", "false", "null", "inf", "-inf", "nan" ->
                throw src.error("'" + run + "' must be written #" + run + " (or quoted, as a string)", start);
            default -> run;
        };
    }

    private KdlValue keyword(@Nullable String type, KdlPosition at) {
        int start = src.pos;
        src.pos++;
        String word = src.eof() || !KdlChars.isIdentifierChar(src.peek()) ? "" : identifierRun();
        return switch (word) {
            case "true" -> new KdlValue.KdlBoolean(true, type, at);
            case "false" -> new KdlValue.KdlBoolean(false, type, at);
            case "null" -> new KdlValue.KdlNull(type, at);
            case "inf", "-inf", "nan" -> new KdlValue.KdlNumber("#" + word, type, at);
            default -> throw src.error("unknown keyword '#" + word + "'", start);
        };
    }

    private String quoted() {
        int start = src.pos;
        if (src.startsWith("\"\"\"")) {
            src.pos += 3;
            requireNewline(start);
            int bodyStart = src.pos;
            while (!src.startsWith("\"\"\"")) {
                if (src.eof()) {
                    throw src.error("unterminated multi-line string", start);
                }
                src.pos += src.peek() == '\\' && src.pos + 1 < src.cps.length ? 2 : 1;
            }
            int bodyEnd = src.pos;
            src.pos += 3;
            return decode(
                    start,
                    () -> KdlStrings.unescape(
                            KdlStrings.dedent(KdlStrings.removeWhitespaceEscapes(src.cps, bodyStart, bodyEnd))));
        }
        src.pos++;
        int bodyStart = src.pos;
        while (src.peek() != '"') {
            if (src.eof()) {
                throw src.error("unterminated string", start);
            }
            int c = src.peek();
            if (KdlChars.isNewline(c)) {
                throw src.error("newline in a single-line string (use \"\"\" for multi-line strings)");
            }
            if (c == '\\' && src.pos + 1 < src.cps.length) {
                src.pos++;
                if (KdlChars.isNewline(src.peek()) || KdlChars.isUnicodeSpace(src.peek())) {
                    while (KdlChars.isNewline(src.peek()) || KdlChars.isUnicodeSpace(src.peek())) {
                        src.pos++;
                    }
                    continue;
                }
            }
            src.pos++;
        }
        int bodyEnd = src.pos;
        src.pos++;
        return decode(
                bodyStart, () -> KdlStrings.unescape(KdlStrings.removeWhitespaceEscapes(src.cps, bodyStart, bodyEnd)));
    }

    private String raw() {
        int start = src.pos;
        int hashes = 0;
        while (src.peek() == '#') {
            hashes++;
            src.pos++;
        }
        if (src.peek() != '"') {
            throw src.error("expected '\"' after '#' in a raw string");
        }
        String close = "\"" + "#".repeat(hashes);
        boolean multi = src.startsWith("\"\"\"");
        src.pos += multi ? 3 : 1;
        if (multi) {
            requireNewline(start);
        }
        int bodyStart = src.pos;
        String closing = multi ? "\"\"" + close : close;
        while (!src.startsWith(closing)) {
            if (src.eof()) {
                throw src.error("unterminated raw string", start);
            }
            if (!multi && KdlChars.isNewline(src.peek())) {
                throw src.error("newline in a single-line raw string (use #\"\"\" for multi-line strings)");
            }
            src.pos++;
        }
        int bodyEnd = src.pos;
        src.pos += closing.length();
        if (!multi) {
            return new String(src.cps, bodyStart, bodyEnd - bodyStart);
        }
        return decode(start, () -> KdlStrings.dedent(normalizeNewlines(bodyStart, bodyEnd)));
    }

    private String normalizeNewlines(int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int i = from; i < to; i++) {
            int c = src.cps[i];
            if (c == '\r' && i + 1 < to && src.cps[i + 1] == '\n') {
                continue;
            }
            if (KdlChars.isNewline(c)) {
                out.append('\n');
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private void requireNewline(int start) {
        if (!src.newline()) {
            throw src.error("a multi-line string must start with a newline after its opening quotes", start);
        }
    }

    private String decode(int at, java.util.function.Supplier<String> decoder) {
        try {
            return decoder.get();
        } catch (KdlStrings.BadString e) {
            throw src.error(e.getMessage(), at);
        }
    }
}
