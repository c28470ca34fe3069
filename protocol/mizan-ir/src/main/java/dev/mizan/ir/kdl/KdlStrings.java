package dev.mizan.ir.kdl;

import java.util.ArrayList;
import java.util.List;

/** Escape processing and multi-line dedent for KDL strings. */
final class KdlStrings {

    private KdlStrings() {}

    /** Thrown with an offset into the processed text; the parser turns it into a position. */
    static final class BadString extends RuntimeException {
        final int offset;

        BadString(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    /**
     * Removes whitespace escapes ({@code \} followed by spaces and newlines) and turns every
     * newline into {@code \n}; other escapes are kept verbatim for {@link #unescape}.
     */
    static String removeWhitespaceEscapes(int[] cps, int from, int to) {
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            int c = cps[i];
            if (c == '\\' && i + 1 < to && isSpaceOrNewline(cps[i + 1])) {
                i++;
                while (i < to && isSpaceOrNewline(cps[i])) {
                    i++;
                }
            } else if (c == '\\' && i + 1 < to) {
                out.appendCodePoint(c).appendCodePoint(cps[i + 1]);
                i += 2;
            } else if (c == '\r' && i + 1 < to && cps[i + 1] == '\n') {
                out.append('\n');
                i += 2;
            } else if (KdlChars.isNewline(c)) {
                out.append('\n');
                i++;
            } else {
                out.appendCodePoint(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Resolves the escapes of a string body; {@code \} must not be followed by whitespace here. */
    static String unescape(String text) {
        int[] cps = text.codePoints().toArray();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < cps.length) {
            int c = cps[i];
            if (c != '\\') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            if (i + 1 >= cps.length) {
                throw new BadString("unterminated escape", i);
            }
            int e = cps[i + 1];
            i += 2;
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 's' -> out.append(' ');
                case 'u' -> i = unicodeEscape(cps, i, out);
                default -> throw new BadString("invalid escape '\\" + Character.toString(e) + "'", i - 2);
            }
        }
        return out.toString();
    }

    private static int unicodeEscape(int[] cps, int start, StringBuilder out) {
        if (start >= cps.length || cps[start] != '{') {
            throw new BadString("expected '{' after \\u", start);
        }
        int i = start + 1;
        int value = 0;
        int digits = 0;
        while (i < cps.length && cps[i] != '}') {
            int d = Character.digit(cps[i], 16);
            if (d < 0 || ++digits > 6) {
                throw new BadString("a unicode escape takes 1 to 6 hex digits", i);
            }
            value = value * 16 + d;
            i++;
        }
        if (i >= cps.length || digits == 0) {
            throw new BadString("a unicode escape takes 1 to 6 hex digits", start);
        }
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
            throw new BadString("\\u{" + Integer.toHexString(value) + "} is not a Unicode scalar value", start);
        }
        out.appendCodePoint(value);
        return i + 1;
    }

    /**
     * Dedents a multi-line string body whose newlines are all {@code \n}: the last line (before the
     * closing quotes) must be whitespace only and is the prefix removed from every other line.
     */
    static String dedent(String body) {
        List<String> lines = List.of(body.split("\n", -1));
        String prefix = lines.getLast();
        if (!isAllSpace(prefix)) {
            throw new BadString("the closing quotes of a multi-line string must be on their own line", body.length());
        }
        List<String> out = new ArrayList<>();
        int offset = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            if (isAllSpace(line)) {
                out.add("");
            } else if (line.startsWith(prefix)) {
                out.add(line.substring(prefix.length()));
            } else {
                throw new BadString(
                        "a line of a multi-line string does not start with the closing line's indent", offset);
            }
            offset += line.length() + 1;
        }
        return String.join("\n", out);
    }

    private static boolean isAllSpace(String s) {
        return s.codePoints().allMatch(KdlChars::isUnicodeSpace);
    }

    private static boolean isSpaceOrNewline(int c) {
        return KdlChars.isUnicodeSpace(c) || KdlChars.isNewline(c);
    }
}
