package dev.mizan.jpa;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Type rules of shape components: which attribute types a component holds, and client text parsing. */
final class Values {

    private static final Map<Class<?>, Class<?>> BOXES = Map.of(
            boolean.class,
            Boolean.class,
            byte.class,
            Byte.class,
            short.class,
            Short.class,
            int.class,
            Integer.class,
            long.class,
            Long.class,
            float.class,
            Float.class,
            double.class,
            Double.class,
            char.class,
            Character.class);

    private static final Map<Class<?>, Function<String, Object>> PARSERS = Map.ofEntries(
            Map.entry(String.class, s -> s),
            Map.entry(Long.class, Long::valueOf),
            Map.entry(Integer.class, Integer::valueOf),
            Map.entry(Short.class, Short::valueOf),
            Map.entry(Double.class, Double::valueOf),
            Map.entry(Float.class, Float::valueOf),
            Map.entry(BigDecimal.class, BigDecimal::new),
            Map.entry(Boolean.class, Values::bool),
            Map.entry(LocalDate.class, LocalDate::parse),
            Map.entry(LocalDateTime.class, LocalDateTime::parse),
            Map.entry(Instant.class, Instant::parse),
            Map.entry(OffsetDateTime.class, OffsetDateTime::parse),
            Map.entry(UUID.class, UUID::fromString));

    private Values() {}

    static Class<?> boxed(Class<?> type) {
        return BOXES.getOrDefault(type, type);
    }

    /** Whether a component of type {@code component} can hold values of the attribute type. */
    static boolean assignable(Class<?> attribute, Class<?> component) {
        Class<?> from = boxed(attribute);
        Class<?> to = boxed(component);
        if (to.isAssignableFrom(from)) {
            return true;
        }
        return (to == Long.class && (from == Integer.class || from == Short.class || from == Byte.class))
                || (to == Integer.class && (from == Short.class || from == Byte.class))
                || (to == Double.class && (from == Float.class || from == Integer.class));
    }

    /** A read value converted to the component's type (widening numbers only). */
    static @Nullable Object convert(@Nullable Object value, Class<?> component) {
        if (value == null) {
            return null;
        }
        Class<?> to = boxed(component);
        if (to.isInstance(value)) {
            return value;
        }
        if (value instanceof Number n) {
            if (to == Long.class) {
                return n.longValue();
            }
            if (to == Integer.class) {
                return n.intValue();
            }
            if (to == Double.class) {
                return n.doubleValue();
            }
        }
        return value;
    }

    /** Whether client text can be parsed to this attribute type (filterable). */
    static boolean parsable(Class<?> attribute) {
        Class<?> type = boxed(attribute);
        return type.isEnum() || PARSERS.containsKey(type);
    }

    /** Client text as a value of the attribute type; an {@link IllegalArgumentException} when it is not one. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object parse(String text, Class<?> attribute) {
        Class<?> type = boxed(attribute);
        if (type.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) type, text);
        }
        try {
            return PARSERS.get(type).apply(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Boolean bool(String text) {
        return switch (text) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }
}
