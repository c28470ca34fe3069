package dev.mizan.ir.kdl;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** A KDL value: a string, number, boolean or null, with an optional type annotation. */
public sealed interface KdlValue {

    /** The type annotation, or {@code null}. */
    @Nullable
    String type();

    /** Where the value (or its type annotation) starts. */
    KdlPosition position();

    /** A string value, however it was written (bare, quoted, raw, multi-line). */
    record KdlString(String value, @Nullable String type, KdlPosition position) implements KdlValue {
        /** An untyped string built in code. */
        public static KdlString of(String value) {
            return new KdlString(value, null, KdlPosition.NONE);
        }
    }

    /**
     * A number. {@code text} is its canonical decimal spelling: integers in plain decimal
     * ({@code 0x10} → {@code 16}), decimals with an upper-case signed exponent
     * ({@code 1e10} → {@code 1E+10}), and {@code #inf}, {@code #-inf}, {@code #nan}.
     */
    record KdlNumber(String text, @Nullable String type, KdlPosition position) implements KdlValue {
        /** An untyped integer built in code. */
        public static KdlNumber of(long value) {
            return new KdlNumber(Long.toString(value), null, KdlPosition.NONE);
        }

        /** True when the number is an integer (no fraction, no exponent, not a keyword). */
        public boolean isInteger() {
            return text.chars().allMatch(c -> c == '-' || (c >= '0' && c <= '9'));
        }

        /** The integer value. */
        public BigInteger bigInteger() {
            return new BigInteger(text);
        }

        /** The value as a decimal; not for {@code #inf}, {@code #-inf}, {@code #nan}. */
        public BigDecimal bigDecimal() {
            return new BigDecimal(text);
        }
    }

    /** {@code #true} or {@code #false}. */
    record KdlBoolean(boolean value, @Nullable String type, KdlPosition position) implements KdlValue {
        /** An untyped boolean built in code. */
        public static KdlBoolean of(boolean value) {
            return new KdlBoolean(value, null, KdlPosition.NONE);
        }
    }

    /** {@code #null}. */
    record KdlNull(@Nullable String type, KdlPosition position) implements KdlValue {}
}
