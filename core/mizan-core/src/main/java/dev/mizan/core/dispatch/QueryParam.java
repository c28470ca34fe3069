package dev.mizan.core.dispatch;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.registry.ContextParam;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * How a query-string value becomes JSON for binding: scalars (strings, numbers, booleans, enums,
 * UUIDs, java.time values) travel as JSON strings that the param's reader converts; records, lists
 * and maps are given as JSON text.
 */
record QueryParam(String name, boolean scalar) {

    static QueryParam of(ContextParam param) {
        return new QueryParam(param.name(), isScalar(param.type()));
    }

    JsonNode toJson(String value, JsonMapper mapper) {
        if (scalar) {
            return StringNode.valueOf(value);
        }
        try {
            return JsonTrees.reader(mapper).readTree(value);
        } catch (JacksonException e) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST, "Param '" + name + "' must be JSON text", Map.of("param", name), e);
        }
    }

    private static boolean isScalar(Type type) {
        Type t = type;
        if (t instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            t = p.getActualTypeArguments()[0];
        }
        if (!(t instanceof Class<?> c)) {
            return false;
        }
        return c.isPrimitive()
                || c.isEnum()
                || CharSequence.class.isAssignableFrom(c)
                || Number.class.isAssignableFrom(c)
                || c == Boolean.class
                || c == Character.class
                || c == UUID.class
                || c == BigDecimal.class
                || c == BigInteger.class
                || c.getName().startsWith("java.time.");
    }
}
