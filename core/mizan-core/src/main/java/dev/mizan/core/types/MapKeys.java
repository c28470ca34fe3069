package dev.mizan.core.types;

import java.lang.reflect.AnnotatedType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Map keys: strings, ints, longs, UUIDs and enums, checked against how the mapper writes keys. */
final class MapKeys {

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
        if (c.isEnum()) {
            String name = describer.define(c, scope);
            checkEnumKeys(describer, c, scope);
            return new WireType.Ref(name, List.of(), false);
        }
        throw scope.error(
                "map key type " + c.getName() + " is not supported: use String, Integer, Long, UUID or an enum");
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
