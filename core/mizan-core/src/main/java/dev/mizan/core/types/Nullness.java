package dev.mizan.core.types;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * JSpecify nullness: a type is nullable when annotated with a {@code Nullable} annotation, non-null
 * when annotated {@code NonNull} (or a Bean Validation {@code NotNull}, {@code NotBlank},
 * {@code NotEmpty}), and otherwise non-null inside {@code @NullMarked} code (class, enclosing class
 * or package), nullable inside {@code @NullUnmarked} code, and as {@link DefaultNullness} says in
 * code that declares neither.
 */
final class Nullness {

    private static final Map<Class<?>, Optional<Boolean>> MARKED = new ConcurrentHashMap<>();

    private Nullness() {}

    /** Whether a use of a reference type with these annotations may hold null. */
    static boolean nullable(Annotation[] annotations, boolean nullMarked) {
        if (has(annotations, "Nullable")) {
            return true;
        }
        if (nonNull(annotations)) {
            return false;
        }
        return !nullMarked;
    }

    /** Whether the annotations declare the use non-null (JSpecify or Bean Validation). */
    static boolean nonNull(Annotation[] annotations) {
        return has(annotations, "NonNull")
                || has(annotations, "NotNull")
                || has(annotations, "NotBlank")
                || has(annotations, "NotEmpty");
    }

    static boolean has(Annotation[] annotations, String simpleName) {
        for (Annotation a : annotations) {
            if (a.annotationType().getSimpleName().equals(simpleName)) {
                return true;
            }
        }
        return false;
    }

    /** The nullness declaration on the method itself, {@code null} when it has none. */
    static @Nullable Boolean declared(Method method) {
        return decided(method);
    }

    /**
     * The nullness declaration code in this class is under: {@code true} for {@code @NullMarked},
     * {@code false} for {@code @NullUnmarked} (the nearest of the class, its enclosing classes and
     * its package), {@code null} when none declares anything.
     */
    static @Nullable Boolean declared(Class<?> type) {
        return MARKED.computeIfAbsent(type, t -> {
                    for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
                        Boolean here = decided(c);
                        if (here != null) {
                            return Optional.of(here);
                        }
                    }
                    Package pkg = type.getPackage();
                    return Optional.ofNullable(pkg == null ? null : decided(pkg));
                })
                .orElse(null);
    }

    private static @Nullable Boolean decided(AnnotatedElement element) {
        Annotation[] annotations = element.getAnnotations();
        if (has(annotations, "NullUnmarked")) {
            return false;
        }
        return has(annotations, "NullMarked") ? true : null;
    }
}
