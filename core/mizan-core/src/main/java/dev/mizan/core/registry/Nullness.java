package dev.mizan.core.registry;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;

/** Nullability as declared: any annotation named {@code Nullable}, or {@code Optional<T>}. */
final class Nullness {

    private Nullness() {}

    static boolean nullable(AnnotatedType type, Annotation[] declarationAnnotations) {
        if (type.getType() instanceof Class<?> c && c.isPrimitive()) {
            return false;
        }
        return isOptional(type.getType()) || hasNullable(type.getAnnotations()) || hasNullable(declarationAnnotations);
    }

    static boolean isOptional(Type type) {
        Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
        return raw == Optional.class;
    }

    private static boolean hasNullable(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals("Nullable")) {
                return true;
            }
        }
        return false;
    }
}
