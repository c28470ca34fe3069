package dev.mizan.fidelity;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One type per wire shape the type model describes. */
public final class Shapes {

    private Shapes() {}

    /** Every scalar. */
    public record Scalars(
            String text,
            boolean flag,
            int small,
            short tiny,
            long count,
            double ratio,
            float weight,
            char letter,
            UUID id,
            LocalDate day,
            LocalTime time,
            LocalDateTime local,
            Instant instant,
            OffsetDateTime offset,
            Duration took,
            byte[] bytes) {}

    /** A generic record. */
    public record Page<T>(List<T> items, long total) {}

    /** A union with a custom discriminator property. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(Circle.class), @JsonSubTypes.Type(Square.class)})
    public sealed interface Shape permits Circle, Square {}

    /** A variant, also used on its own. */
    @JsonTypeName("circle")
    public record Circle(double radius) implements Shape {}

    /** A variant. */
    @JsonTypeName("square")
    public record Square(double side, Color color) implements Shape {}

    /** An enum written by {@code toString()} (the application's customizer). */
    public enum Color {
        RED,
        DARK_BLUE;

        @Override
        public String toString() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /** Nullability: JSpecify, Optional, nullable elements; nulls omitted by the application's inclusion. */
    public record Nullables(@Nullable String note, Optional<String> maybe, List<@Nullable String> gaps, int count) {}

    /** Renames, ignores and unwrapping, under the application's snake_case naming. */
    public record Renamed(
            @JsonProperty("label") String name,
            @JsonIgnore @Nullable String secret,
            @JsonUnwrapped(prefix = "home_") Address address,
            String createdBy) {}

    /** Unwrapped into {@link Renamed}. */
    public record Address(String street, String zipCode) {}

    /** A value written as its {@code @JsonValue}. */
    public record OrderId(@JsonValue long value) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static OrderId of(long value) {
            return new OrderId(value);
        }
    }

    /** Maps and sets. */
    public record Collections(
            Map<String, List<Integer>> groups,
            Set<String> tags,
            Map<UUID, String> byId,
            Map<Color, Integer> perColor,
            List<OrderId> orders) {}

    /** 64-bit ids written as strings with {@code @JsonFormat(shape = STRING)}. */
    public record LongIds(
            @JsonFormat(shape = JsonFormat.Shape.STRING) long id,
            @JsonFormat(shape = JsonFormat.Shape.STRING) List<Long> related,
            long plain) {}

    /** Big numbers: strings on the wire (Mizan's default), exact in both directions. */
    public record Money(BigDecimal amount, BigInteger units, List<BigDecimal> history) {}

    /** Raw JSON text written as is: output only (Jackson reads such a property as a string). */
    public record RawJson(String id, @JsonRawValue String payload) {}

    /** Named fields plus any further properties, flattened into the object. */
    public static final class Bag {
        private String name = "";
        private final Map<String, Integer> extras = new LinkedHashMap<>();

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        @JsonAnyGetter
        public Map<String, Integer> extras() {
            return extras;
        }

        @JsonAnySetter
        public void put(String key, Integer value) {
            extras.put(key, value);
        }
    }

    /** A generic union. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "status")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Ok.class, name = "ok"),
        @JsonSubTypes.Type(value = Failed.class, name = "failed")
    })
    public sealed interface Result<T> permits Ok, Failed {}

    /** A generic variant. */
    public record Ok<T>(T value) implements Result<T> {}

    /** A variant that does not use the type parameter. */
    public record Failed<T>(String reason) implements Result<T> {}

    /** A union written as wrapper objects: {@code {"email": {...}}}. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Email.class, name = "email"),
        @JsonSubTypes.Type(value = Sms.class, name = "sms")
    })
    public sealed interface Contact permits Email, Sms {}

    /** A wrapped variant. */
    public record Email(String address) implements Contact {}

    /** A wrapped variant. */
    public record Sms(String phone) implements Contact {}

    /** Maps keyed by java.time values. */
    public record Calendar(Map<LocalDate, Integer> perDay, Map<Instant, String> stamps) {}
}
