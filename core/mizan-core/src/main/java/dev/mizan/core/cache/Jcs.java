package dev.mizan.core.cache;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * RFC 8785 (JSON Canonicalization Scheme): object members sorted by the UTF-16 code units of
 * their names, no whitespace, strings escaped minimally, numbers as IEEE 754 doubles written the
 * way ECMAScript's {@code Number.prototype.toString} writes them.
 */
public final class Jcs {

    private Jcs() {}

    /** The canonical text of a JSON value. */
    public static String canonicalize(JsonNode value) {
        StringBuilder out = new StringBuilder(64);
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.stringValue(), out);
            case NUMBER -> out.append(number(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            case BINARY, POJO, MISSING -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        }
    }

    private static void writeObject(JsonNode node, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.properties());
        // String.compareTo compares UTF-16 code units, exactly the order RFC 8785 asks for.
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, JsonNode> m : members) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(m.getKey(), out);
            out.append(':');
            write(m.getValue(), out);
        }
        out.append('}');
    }

    /** A string as JSON: {@code \" \\ \b \f \n \r \t} escaped, other controls as {@code \\u00XX}, the rest as is. */
    static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !pairedAt(s, i)) {
                        throw new IllegalArgumentException("lone surrogate at index " + i + ": not valid I-JSON");
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** A double as ECMAScript writes it (shortest round-trip digits, ES number-to-string layout). */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("NaN and Infinity are not JSON numbers");
        }
        if (d == 0) {
            return "0"; // also -0
        }
        if (d < 0) {
            return "-" + number(-d);
        }
        // Double.toString gives the shortest decimal that round-trips (JDK 19+), as ECMAScript does.
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        if (exact.precision() == 2) {
            // Double.toString writes at least two digits (4.9E-324); ECMAScript takes one when one
            // digit round-trips (5e-324).
            BigDecimal one = exact.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == d) {
                exact = one.stripTrailingZeros();
            }
        }
        String digits = exact.unscaledValue().toString();
        int k = digits.length();
        int n = k - exact.scale(); // value = 0.DIGITS × 10^n
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        int e = n - 1;
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + (e < 0 ? "-" : "+") + Math.abs(e);
    }
}
