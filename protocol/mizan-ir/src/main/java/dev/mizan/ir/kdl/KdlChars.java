package dev.mizan.ir.kdl;

/** Code-point classes of the KDL 2 grammar. */
final class KdlChars {

    private KdlChars() {}

    static boolean isUnicodeSpace(int c) {
        return c == 0x09
                || c == 0x20
                || c == 0xA0
                || c == 0x1680
                || (c >= 0x2000 && c <= 0x200A)
                || c == 0x202F
                || c == 0x205F
                || c == 0x3000;
    }

    /** A single-code-point newline; CRLF is handled by callers as one newline. */
    static boolean isNewline(int c) {
        return c == 0x0A || c == 0x0D || c == 0x85 || c == 0x0B || c == 0x0C || c == 0x2028 || c == 0x2029;
    }

    static boolean isDisallowed(int c) {
        return (c >= 0 && c <= 0x08)
                || (c >= 0x0E && c <= 0x1F)
                || c == 0x7F
                || (c >= 0xD800 && c <= 0xDFFF)
                || c == 0x200E
                || c == 0x200F
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF;
    }

    static boolean isIdentifierChar(int c) {
        if (isUnicodeSpace(c) || isNewline(c) || isDisallowed(c)) {
            return false;
        }
        return switch (c) {
            case '\\', '/', '(', ')', '{', '}', ';', '[', ']', '"', '#', '=' -> false;
            default -> true;
        };
    }

    static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSign(int c) {
        return c == '+' || c == '-';
    }

    /** True when {@code s} may be written as a bare identifier. */
    static boolean isBareIdentifier(String s) {
        if (s.isEmpty() || !s.codePoints().allMatch(KdlChars::isIdentifierChar)) {
            return false;
        }
        if (looksNumeric(s)) {
            return false;
        }
        return switch (s) {
            case "true", "false", "null", "inf", "-inf", "nan" -> false;
            default -> true;
        };
    }

    /** True when an identifier-character run must be read as a number (or is a malformed one). */
    static boolean looksNumeric(String s) {
        int i = 0;
        if (i < s.length() && isSign(s.charAt(i))) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        return i < s.length() && isDigit(s.charAt(i));
    }
}
