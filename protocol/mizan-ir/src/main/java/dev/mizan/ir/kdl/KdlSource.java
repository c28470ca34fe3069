package dev.mizan.ir.kdl;

import java.util.Arrays;

/** The code points of a KDL source with a cursor, and the line table for positions. */
final class KdlSource {

    final int[] cps;
    int pos;
    private final int[] lineStarts;

    KdlSource(String text) {
        this.cps = text.codePoints().toArray();
        this.lineStarts = lineStarts(cps);
    }

    private static int[] lineStarts(int[] cps) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == '\r' && i + 1 < cps.length && cps[i + 1] == '\n') {
                continue;
            }
            if (KdlChars.isNewline(c)) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    boolean eof() {
        return pos >= cps.length;
    }

    int peek() {
        return pos < cps.length ? cps[pos] : -1;
    }

    int peek(int ahead) {
        return pos + ahead < cps.length ? cps[pos + ahead] : -1;
    }

    boolean startsWith(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (peek(i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Consumes one newline (CRLF counts as one) if there is one here. */
    boolean newline() {
        if (startsWith("\r\n")) {
            pos += 2;
            return true;
        }
        if (!eof() && KdlChars.isNewline(peek())) {
            pos++;
            return true;
        }
        return false;
    }

    KdlPosition position(int index) {
        int line = Arrays.binarySearch(lineStarts, index);
        if (line < 0) {
            line = -line - 2;
        }
        return new KdlPosition(line + 1, index - lineStarts[line] + 1);
    }

    KdlException error(String problem, int index) {
        return new KdlException(problem, position(index));
    }

    KdlException error(String problem) {
        return error(problem, pos);
    }

    String describe(int index) {
        if (index >= cps.length) {
            return "end of input";
        }
        int c = cps[index];
        return c < 0x20 || KdlChars.isNewline(c) ? String.format("U+%04X", c) : "'" + Character.toString(c) + "'";
    }
}
