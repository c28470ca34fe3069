package dev.mizan.core.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * The Java types that are scalars on the wire, and a check that the mapper really writes each one
 * the way the IR describes it (a date as an ISO string, a long as a number, ...).
 */
final class Scalars {

    private static final Map<Class<?>, Scalar> TABLE = new HashMap<>();
    private static final Map<Class<?>, Object> SAMPLES = new HashMap<>();

    static {
        put(Scalar.STRING, "s", String.class, CharSequence.class, char.class, Character.class);
        put(Scalar.STRING, URI.create("https://example.invalid/"), URI.class);
        put(Scalar.STRING, Locale.ROOT, Locale.class);
        put(Scalar.STRING, ZoneOffset.UTC, ZoneId.class, ZoneOffset.class);
        put(Scalar.STRING, java.time.YearMonth.of(2024, 1), java.time.YearMonth.class);
        put(Scalar.STRING, java.time.MonthDay.of(1, 2), java.time.MonthDay.class);
        put(Scalar.STRING, java.time.Period.ofDays(3), java.time.Period.class);
        put(Scalar.STRING, java.time.OffsetTime.of(10, 30, 0, 0, ZoneOffset.UTC), java.time.OffsetTime.class);
        put(Scalar.INT, java.time.Year.of(2024), java.time.Year.class);
        put(Scalar.STRING, Currency.getInstance("EUR"), Currency.class);
        put(Scalar.STRING, null, URL.class);
        put(Scalar.BOOLEAN, true, boolean.class, Boolean.class);
        put(Scalar.INT, 1, int.class, Integer.class, short.class, Short.class, byte.class, Byte.class);
        put(Scalar.LONG, 1L, long.class, Long.class);
        put(Scalar.FLOAT, 1.5f, float.class, Float.class);
        put(Scalar.DOUBLE, 1.5d, double.class, Double.class);
        put(Scalar.DECIMAL, new BigDecimal("1.5"), BigDecimal.class);
        put(Scalar.BIGINT, BigInteger.TEN, BigInteger.class);
        put(Scalar.UUID, new UUID(1, 2), UUID.class);
        put(Scalar.DATE, LocalDate.of(2024, 1, 2), LocalDate.class);
        put(Scalar.TIME, LocalTime.of(10, 30), LocalTime.class);
        put(Scalar.DATETIME, LocalDateTime.of(2024, 1, 2, 10, 30), LocalDateTime.class);
        put(Scalar.INSTANT, Instant.EPOCH, Instant.class);
        put(Scalar.INSTANT, OffsetDateTime.of(2024, 1, 2, 10, 30, 0, 0, ZoneOffset.UTC), OffsetDateTime.class);
        put(Scalar.INSTANT, ZonedDateTime.of(2024, 1, 2, 10, 30, 0, 0, ZoneOffset.UTC), ZonedDateTime.class);
        put(Scalar.DURATION, Duration.ofSeconds(90), Duration.class);
        put(Scalar.BYTES, new byte[] {1, 2}, byte[].class);
    }

    private final ObjectMapper mapper;
    private final Map<Class<?>, Boolean> checked = new HashMap<>();

    Scalars(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private static void put(Scalar scalar, @Nullable Object sample, Class<?>... types) {
        for (Class<?> type : types) {
            TABLE.put(type, scalar);
            if (sample != null) {
                SAMPLES.put(type, sample);
            }
        }
    }

    /** The scalar a class maps to, or {@code null} when it is not a scalar. */
    static @Nullable Scalar of(Class<?> type) {
        return TABLE.get(type);
    }

    /** A sample value of a scalar class, or {@code null}. */
    static @Nullable Object sample(Class<?> type) {
        return SAMPLES.get(type);
    }

    /**
     * The wire type of a scalar class as the mapper writes it, checked once per class against a
     * sample: a number the mapper writes as a string (a config override such as
     * {@link WireDefaults}) is a {@link WireType.NumberString}; any other disagreement with the
     * JSON kind the scalar promises (e.g. dates written as timestamps) throws.
     */
    WireType wire(Class<?> type, Scalar scalar, boolean nullable) {
        Boolean asString = checked.get(type);
        if (asString == null) {
            asString = check(type, scalar);
            checked.put(type, asString);
        }
        return asString ? new WireType.NumberString(scalar, nullable) : new WireType.ScalarType(scalar, nullable);
    }

    /** True when a numeric scalar is written as a string; throws when the JSON kind is wrong. */
    private boolean check(Class<?> type, Scalar scalar) {
        Object sample = SAMPLES.get(type);
        if (sample == null) {
            return false;
        }
        String json = mapper.writeValueAsString(sample);
        char first = json.isEmpty() ? ' ' : json.charAt(0);
        if (scalar.isNumber() && first == '"') {
            return true;
        }
        boolean ok = switch (scalar) {
            case INT, LONG, FLOAT, DOUBLE, DECIMAL, BIGINT -> first == '-' || Character.isDigit(first);
            case BOOLEAN -> first == 't' || first == 'f';
            case ANY, VOID, UPLOAD -> true;
            default -> first == '"';
        };
        if (!ok) {
            throw new UnsupportedTypeException(type.getName() + " is written by the JSON mapper as " + json
                    + ", not as the " + scalar.irName() + " the IR describes (check the mapper's configuration)");
        }
        return false;
    }
}
