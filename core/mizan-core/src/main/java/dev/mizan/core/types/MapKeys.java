package dev.mizan.core.types;

import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Map keys: strings, ints, longs, UUIDs, java.time values and enums, checked against how the mapper writes keys. */
final class MapKeys {

    private static final Set<Scalar> TIME_KEYS =
            EnumSet.of(Scalar.DATE, Scalar.TIME, Scalar.DATETIME, Scalar.INSTANT, Scalar.DURATION);

    private MapKeys() {}

    static WireType describe(Describer describer, AnnotatedType key, Scope scope) {
        Class<?> c = Describer.raw(key.getType());
        if (c == String.class) {
            return new WireType.ScalarType(Scalar.STRING, false);
        }
        if (c == Integer.class || c == Short.class || c == Byte.class) {
            return new WireType.ScalarType(Scalar.INT, false);
        }
        if (c == Long.class) {
            return new WireType.ScalarType(Scalar.LONG, false);
        }
        if (c == UUID.class) {
            return new WireType.ScalarType(Scalar.UUID, false);
        }
        Scalar scalar = Scalars.of(c);
        if (scalar != null && TIME_KEYS.contains(scalar)) {
            checkScalarKeys(describer, c, scope);
            return new WireType.ScalarType(scalar, false);
        }
        if (c.isEnum()) {
            String name = describer.define(c, scope);
            checkEnumKeys(describer, c, scope);
            return new WireType.Ref(name, List.of(), false);
        }
        throw scope.error(
                "map key type " + c.getName() + " is not supported: use String, Integer, Long, UUID, a java.time"
                        + " date, time or duration, or an enum");
    }

    /** A java.time key must be written as the same ISO string as the value (not as a timestamp). */
    private static void checkScalarKeys(Describer describer, Class<?> c, Scope scope) {
        Object sample = Scalars.sample(c);
        if (sample == null) {
            return;
        }
        JsonNode value = describer.mapper.valueToTree(sample);
        Map<Object, Integer> keyed = new LinkedHashMap<>();
        keyed.put(sample, 0);
        List<String> keys = new ArrayList<>(describer.mapper.valueToTree(keyed).propertyNames());
        if (!value.isString() || !keys.equals(List.of(value.asString()))) {
            throw scope.error("map key type " + c.getName() + " is written as key " + keys + " but as value " + value
                    + "; the IR needs the same ISO text for both");
        }
    }

    private static void checkEnumKeys(Describer describer, Class<?> c, Scope scope) {
        NamedType.EnumDef def = (NamedType.EnumDef) describer.definition(c);
        if (def == null) {
            return;
        }
        Map<Object, Integer> keys = new LinkedHashMap<>();
        for (Object constant : c.getEnumConstants()) {
            keys.put(constant, 0);
        }
        JsonNode written = describer.mapper.valueToTree(keys);
        List<String> asKeys = new ArrayList<>(written.propertyNames());
        if (!asKeys.equals(def.values())) {
            throw scope.error("enum " + c.getName() + " is written as map keys " + asKeys + " but as values "
                    + def.values() + " (add @JsonKey or align @JsonValue)");
        }
    }
}
