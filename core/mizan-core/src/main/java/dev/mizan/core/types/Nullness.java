package dev.mizan.core.types;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * JSpecify nullness: a type is nullable when annotated with a {@code Nullable} annotation, non-null
 * when annotated {@code NonNull}, and otherwise non-null exactly inside {@code @NullMarked} code
 * (class, enclosing class or package, unless {@code @NullUnmarked}). Unmarked references may be null.
 */
final class Nullness {

    private static final Map<AnnotatedElement, Boolean> MARKED = new ConcurrentHashMap<>();

    private Nullness() {}

    /** Whether a use of a reference type with these annotations may hold null. */
    static boolean nullable(Annotation[] annotations, boolean nullMarked) {
        if (has(annotations, "Nullable")) {
            return true;
        }
        if (has(annotations, "NonNull") || has(annotations, "NotNull")) {
            return false;
        }
        return !nullMarked;
    }

    static boolean has(Annotation[] annotations, String simpleName) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** Whether code in this method is {@code @NullMarked}. */
    static boolean marked(Method method) {
        Boolean here = decided(method);
        return here != null ? here : marked(method.getDeclaringClass());
    }

    /** Whether code in this class is {@code @NullMarked}. */
    static boolean marked(Class<?> type) {
        return MARKED.computeIfAbsent(type, t -> {
            for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                Boolean here = decided(c);
                if (here != null) {
                    return here;
                }
            }
            Package pkg = type.getPackage();
            Boolean inPackage = pkg == null ? null : decided(pkg);
            return inPackage != null && inPackage;
        });
    }

    private static @Nullable Boolean decided(AnnotatedElement element) {
        Annotation[] annotations = element.getAnnotations();
        if (has(annotations, "NullUnmarked")) {
            return false;
        }
        return has(annotations, "NullMarked") ? true : null;
    }
}
