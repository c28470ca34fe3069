package dev.mizan.ir.kdl;

import java.math.BigInteger;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads KDL number literals into their canonical text (see {@link KdlValue.KdlNumber}). */
final class KdlNumbers {

    private static final Pattern DECIMAL =
            Pattern.compile("([0-9][0-9_]*)(?:\\.([0-9][0-9_]*))?(?:[eE]([+-]?)([0-9][0-9_]*))?");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F][0-9a-fA-F_]*");
    private static final Pattern OCTAL = Pattern.compile("[0-7][0-7_]*");
    private static final Pattern BINARY = Pattern.compile("[01][01_]*");

    private KdlNumbers() {}

    /** The canonical text of {@code literal}, or {@code null} when it is not a valid number. */
    static @Nullable String canonical(String literal) {
        boolean negative = literal.startsWith("-");
        String body = KdlChars.isSign(literal.charAt(0)) ? literal.substring(1) : literal;
        if (body.startsWith("0x")) {
            return radix(body.substring(2), HEX, 16, negative);
        }
        if (body.startsWith("0o")) {
            return radix(body.substring(2), OCTAL, 8, negative);
        }
        if (body.startsWith("0b")) {
            return radix(body.substring(2), BINARY, 2, negative);
        }
        var m = DECIMAL.matcher(body);
        if (!m.matches()) {
            return null;
        }
        String integer = strip(m.group(1));
        if (m.group(2) == null && m.group(4) == null) {
            BigInteger value = new BigInteger(integer);
            return (negative ? value.negate() : value).toString();
        }
        StringBuilder out = new StringBuilder();
        if (negative) {
            out.append('-');
        }
        out.append(integer);
        if (m.group(2) != null) {
            out.append('.').append(strip(m.group(2)));
        }
        if (m.group(4) != null) {
            out.append('E').append(m.group(3).isEmpty() ? "+" : m.group(3)).append(strip(m.group(4)));
        }
        return out.toString();
    }

    private static @Nullable String radix(String digits, Pattern pattern, int radix, boolean negative) {
        if (!pattern.matcher(digits).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(strip(digits), radix);
        return (negative ? value.negate() : value).toString();
    }

    private static String strip(String digits) {
        return digits.replace("_", "");
    }
}
