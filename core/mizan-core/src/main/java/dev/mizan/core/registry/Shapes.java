package dev.mizan.core.registry;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Structural equality of output types, for finding a merge slot: the same Java type, or records
 * with the same component names whose types are structurally equal, recursively. {@code
 * Optional<T>} counts as {@code T}.
 */
final class Shapes {

    private Shapes() {}

    static boolean structurallyEqual(Type a, Type b) {
        return equal(a, b, new HashSet<>());
    }

    private static boolean equal(Type a, Type b, Set<String> assumed) {
        Type left = unwrapOptional(a);
        Type right = unwrapOptional(b);
        if (left.equals(right)) {
            return true;
        }
        if (!assumed.add(left.getTypeName() + "=" + right.getTypeName())) {
            return true;
        }
        if (left instanceof ParameterizedType p && right instanceof ParameterizedType q) {
            return p.getRawType().equals(q.getRawType())
                    && allEqual(p.getActualTypeArguments(), q.getActualTypeArguments(), assumed);
        }
        if (left instanceof Class<?> c && right instanceof Class<?> d && c.isRecord() && d.isRecord()) {
            return sameRecordShape(c, d, assumed);
        }
        return false;
    }

    private static boolean allEqual(Type[] as, Type[] bs, Set<String> assumed) {
        if (as.length != bs.length) {
            return false;
        }
        for (int i = 0; i < as.length; i++) {
            if (!equal(as[i], bs[i], assumed)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRecordShape(Class<?> c, Class<?> d, Set<String> assumed) {
        Map<String, Type> left = components(c);
        Map<String, Type> right = components(d);
        if (!left.keySet().equals(right.keySet())) {
            return false;
        }
        for (Map.Entry<String, Type> e : left.entrySet()) {
            if (!equal(e.getValue(), right.get(e.getKey()), assumed)) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Type> components(Class<?> record) {
        Map<String, Type> out = new HashMap<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            out.put(rc.getName(), rc.getGenericType());
        }
        return out;
    }

    private static Type unwrapOptional(Type t) {
        return Nullness.isOptional(t) && t instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : t;
    }
}
