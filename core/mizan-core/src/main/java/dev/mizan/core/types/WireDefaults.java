package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.cfg.MapperBuilder;

/**
 * The mapper settings Mizan applies by default so that every value survives a trip through a
 * JavaScript client: {@link BigDecimal} and {@link BigInteger} are written as JSON strings holding
 * their plain decimal text (scale kept, no exponent), because {@code JSON.parse} turns numbers
 * beyond 2^53 and trailing zeros into different values. Reading accepts both strings and numbers.
 * The Spring starter applies them to the application's mapper, the IR export to its own.
 */
public final class WireDefaults {

    private WireDefaults() {}

    /** Applies the defaults to a mapper builder and returns it. */
    public static <B extends MapperBuilder<?, B>> B apply(B builder) {
        JsonFormat.Value asString = JsonFormat.Value.forShape(JsonFormat.Shape.STRING);
        return builder.withConfigOverride(BigDecimal.class, o -> o.setFormat(asString))
                .withConfigOverride(BigInteger.class, o -> o.setFormat(asString))
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN);
    }
}
