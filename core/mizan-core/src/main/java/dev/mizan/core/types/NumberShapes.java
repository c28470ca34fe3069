package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A property's {@code @JsonFormat} shape applied to the numbers in its type: {@code STRING}
 * makes them {@link WireType.NumberString}s, a numeric shape makes them JSON numbers again. Jackson
 * passes a property's format on to the elements of its arrays and the values of its maps, not into
 * named types.
 */
final class NumberShapes {

    private NumberShapes() {}

    static WireType apply(WireType type, JsonFormat.Value format) {
        JsonFormat.Shape shape = format.getShape();
        if (shape == JsonFormat.Shape.STRING) {
            return reshape(type, true);
        }
        if (shape.isNumeric()) {
            return reshape(type, false);
        }
        return type;
    }

    private static WireType reshape(WireType type, boolean asString) {
        return switch (type) {
            case WireType.ScalarType s
            when asString && s.scalar().isNumber() -> new WireType.NumberString(s.scalar(), s.nullable());
            case WireType.NumberString n when !asString -> new WireType.ScalarType(n.scalar(), n.nullable());
            case WireType.ArrayType a ->
                new WireType.ArrayType(reshape(a.element(), asString), a.unique(), a.nullable());
            case WireType.MapType m -> new WireType.MapType(m.key(), reshape(m.value(), asString), m.nullable());
            case WireType.ScalarType s -> s;
            case WireType.NumberString n -> n;
            case WireType.Ref r -> r;
            case WireType.Var v -> v;
        };
    }
}
