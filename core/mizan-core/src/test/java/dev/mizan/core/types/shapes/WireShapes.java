package dev.mizan.core.types.shapes;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Types whose wire shape the type model must follow exactly. */
public final class WireShapes {

    private WireShapes() {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Dot.class, name = "dot")})
    public sealed interface Mark permits Dot {}

    public record Dot(int x) implements Mark {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
    @JsonSubTypes({@JsonSubTypes.Type(value = Boxed.class, name = "boxed")})
    public sealed interface Wrapped permits Boxed {}

    public record Boxed(int size) implements Wrapped {}

    public record Ids(
            @JsonFormat(shape = JsonFormat.Shape.STRING) long id, List<BigDecimal> amounts) {}

    public record Raw(@JsonRawValue String json) {}

    public record Dated(Map<LocalDate, Integer> perDay) {}

    public static final class Bag {
        public String getName() {
            return "b";
        }

        @JsonAnyGetter
        public Map<String, Long> extras() {
            return Map.of();
        }
    }

    /** Signatures for the parameter checks. */
    public interface Api {
        Raw rawOut();

        void rawIn(Raw raw);

        void boxedIn(Boxed boxed);
    }
}
