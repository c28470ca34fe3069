package dev.mizan.core.registry;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Future;
import java.util.stream.BaseStream;
import org.jspecify.annotations.Nullable;

/**
 * Which types can travel as input or output. Inputs must be buildable by Jackson from JSON: an
 * interface or abstract class is rejected unless it carries {@code @JsonTypeInfo} (or is a
 * collection or map interface), and so are streams, futures, iterators and type variables.
 * {@code Object} and {@code JsonNode} are allowed and mean "any JSON value".
 */
final class TypeRules {

    private static final Set<Class<?>> CONTAINER_INTERFACES = Set.of(
            Collection.class, List.class, Set.class, SortedSet.class, Map.class, SortedMap.class, Iterable.class);

    private TypeRules() {}

    /** Why an input type cannot be bound, or {@code null} when it can. */
    static @Nullable String unsupportedInput(Type type) {
        return check(type, new HashSet<>());
    }

    /** Why an output type cannot be serialized as one value, or {@code null} when it can. */
    static @Nullable String unsupportedOutput(Type type) {
        Class<?> raw = raw(type);
        if (raw == null) {
            return type instanceof TypeVariable<?> v ? "a type variable (" + v.getName() + ")" : null;
        }
        return asyncOrLazy(raw);
    }

    private static @Nullable String check(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return null;
        }
        return switch (type) {
            case Class<?> c -> checkClass(c, seen);
            case ParameterizedType p -> checkParameterized(p, seen);
            case GenericArrayType a -> check(a.getGenericComponentType(), seen);
            case WildcardType w -> check(w.getUpperBounds()[0], seen);
            case TypeVariable<?> v -> "a type variable (" + v.getName() + ")";
            default -> "an unknown kind of type";
        };
    }

    private static @Nullable String checkParameterized(ParameterizedType p, Set<Type> seen) {
        String rawProblem = check(p.getRawType(), seen);
        if (rawProblem != null) {
            return rawProblem;
        }
        for (Type arg : p.getActualTypeArguments()) {
            String argProblem = check(arg, seen);
            if (argProblem != null) {
                return argProblem;
            }
        }
        return null;
    }

    private static @Nullable String checkClass(Class<?> c, Set<Type> seen) {
        if (c.isArray()) {
            return check(c.getComponentType(), seen);
        }
        String lazy = asyncOrLazy(c);
        if (lazy != null) {
            return lazy;
        }
        if (c.isPrimitive() || c.isEnum() || c == Object.class || CONTAINER_INTERFACES.contains(c)) {
            return null;
        }
        if (c.getName().startsWith("tools.jackson.databind.") || c.getName().startsWith("java.")) {
            return c.isInterface() && c.isAnnotationPresent(FunctionalInterface.class) ? functional(c) : null;
        }
        boolean abstractType = c.isInterface() || Modifier.isAbstract(c.getModifiers());
        if (abstractType && !c.isAnnotationPresent(JsonTypeInfo.class)) {
            return c.isAnnotationPresent(FunctionalInterface.class)
                    ? functional(c)
                    : c.getName() + ", an interface or abstract class without @JsonTypeInfo that JSON cannot build";
        }
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                String problem = check(component.getGenericType(), seen);
                if (problem != null) {
                    return problem + " (in " + c.getSimpleName() + "." + component.getName() + ")";
                }
            }
        }
        return null;
    }

    private static String functional(Class<?> c) {
        return c.getName() + ", a functional interface";
    }

    private static @Nullable String asyncOrLazy(Class<?> c) {
        if (Future.class.isAssignableFrom(c) || CompletionStage.class.isAssignableFrom(c)) {
            return c.getName() + ", an asynchronous result (return the value itself)";
        }
        if (BaseStream.class.isAssignableFrom(c) || Iterator.class.isAssignableFrom(c)) {
            return c.getName() + ", a one-shot stream (use a List)";
        }
        return null;
    }

    static @Nullable Class<?> raw(Type type) {
        return switch (type) {
            case Class<?> c -> c;
            case ParameterizedType p -> (Class<?>) p.getRawType();
            default -> null;
        };
    }
}
