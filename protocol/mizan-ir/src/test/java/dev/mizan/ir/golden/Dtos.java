package dev.mizan.ir.golden;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The data types of the golden registry. */
public final class Dtos {

    private Dtos() {}

    public record ProjectDto(int id, String name, @Nullable String description) {}

    public record TaskDto(long id, String title, @Nullable LocalDate due, Status status, Set<String> tags) {}

    public enum Status {
        @JsonProperty("open")
        OPEN,
        @JsonProperty("done")
        DONE
    }

    public enum Level {
        LOW("low"),
        HIGH("high");

        private final String wire;

        Level(String wire) {
            this.wire = wire;
        }

        @JsonValue
        public String wire() {
            return wire;
        }
    }

    public record Page<T>(
            List<T> items, long total, @Nullable T first) {}

    public record Tree(String label, List<Tree> children) {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(Circle.class), @JsonSubTypes.Type(Square.class)})
    public sealed interface Shape permits Circle, Square {}

    @JsonTypeName("circle")
    public record Circle(double radius) implements Shape {}

    @JsonTypeName("square")
    public record Square(double side, Level level) implements Shape {}

    /** A stand-in entity: the IR needs only the class a shape projects. */
    public static final class TaskRow {}

    /** A shape: the IR marks the record with the entity it projects. */
    @dev.mizan.core.shape.Shape(TaskRow.class)
    public record TaskCard(long id, String title) {}

    public record Money(BigDecimal amount, String currency) {}

    public record Everything(
            boolean flag,
            int count,
            long big,
            float ratio,
            double score,
            BigInteger huge,
            UUID id,
            LocalTime time,
            LocalDateTime at,
            Instant instant,
            Duration duration,
            byte[] data,
            JsonNode json,
            Object anything,
            int[] numbers,
            Map<Level, Tree> trees,
            Map<Long, String> byNumber,
            Optional<String> nickname,
            @JsonProperty("display_name") String displayName,
            @JsonIgnore String secret,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String note,

            @JsonUnwrapped(prefix = "price_") Money price) {}

    /** Nested types join their enclosing names in the IR. */
    public static final class Outer {
        private Outer() {}

        public record Inner(List<@Nullable String> values) {}
    }

    /** A step of a {@link NewTask}. */
    public record Step(
            @jakarta.validation.constraints.NotBlank String title) {}

    /** A form record: constraints with parameters, a label key, help, a default, a nested list. */
    @dev.mizan.core.forms.MizanForm
    public record NewTask(
            @dev.mizan.core.forms.Label("{task.title}")
            @dev.mizan.core.forms.Help("A few words")
            @jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(min = 1, max = 80)
            String title,

            @jakarta.validation.constraints.Pattern(
                    regexp = "[a-z]+",
                    flags = jakarta.validation.constraints.Pattern.Flag.CASE_INSENSITIVE)
            @Nullable
            String slug,

            @dev.mizan.core.forms.DefaultValue("3") @jakarta.validation.constraints.DecimalMax("10.5")
            int points,

            @dev.mizan.core.forms.DefaultValue("\"open\"") Status status,
            @jakarta.validation.Valid List<Step> steps) {}
}
