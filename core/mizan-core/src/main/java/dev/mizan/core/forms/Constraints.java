package dev.mizan.core.forms;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Reads Bean Validation constraint annotations by reflection, without a validator. */
final class Constraints {

    private static final String STANDARD = "jakarta.validation.constraints.";
    private static final Set<String> META = Set.of("message", "groups", "payload");

    private Constraints() {}

    /** The constraints declared on {@code element} and on its type use, repeatable containers unpacked. */
    static List<FormConstraint> on(AnnotatedElement element, AnnotatedType typeUse) {
        Set<Annotation> found = new LinkedHashSet<>();
        for (Annotation a : element.getAnnotations()) {
            collect(a, found);
        }
        for (Annotation a : typeUse.getAnnotations()) {
            collect(a, found);
        }
        List<FormConstraint> out = new ArrayList<>();
        for (Annotation a : found) {
            out.add(describe(a));
        }
        out.sort(Comparator.comparing(FormConstraint::name)
                .thenComparing(c -> c.params().toString()));
        return out;
    }

    /** The constraints declared on a class (cross-field rules). */
    static List<FormConstraint> onClass(Class<?> type) {
        Set<Annotation> found = new LinkedHashSet<>();
        for (Annotation a : type.getAnnotations()) {
            collect(a, found);
        }
        return found.stream()
                .map(Constraints::describe)
                .sorted(Comparator.comparing(FormConstraint::name))
                .toList();
    }

    private static void collect(Annotation a, Set<Annotation> found) {
        Class<? extends Annotation> type = a.annotationType();
        if (type.isAnnotationPresent(Constraint.class)) {
            found.add(a);
            return;
        }
        // A repeatable container such as @Size.List holds its constraints in value().
        try {
            Method value = type.getDeclaredMethod("value");
            Class<?> r = value.getReturnType();
            if (r.isArray()
                    && r.getComponentType().isAnnotation()
                    && r.getComponentType().isAnnotationPresent(Constraint.class)) {
                for (Annotation inner : (Annotation[]) value.invoke(a)) {
                    found.add(inner);
                }
            }
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            // not a container
        }
    }

    static FormConstraint describe(Annotation a) {
        Class<? extends Annotation> type = a.annotationType();
        String name = type.getName().startsWith(STANDARD) && type.getEnclosingClass() == null
                ? type.getSimpleName()
                : type.getName();
        TreeMap<String, Object> params = new TreeMap<>();
        String message = "";
        for (Map.Entry<String, Object> e : attributes(a).entrySet()) {
            if (e.getKey().equals("message")) {
                message = String.valueOf(e.getValue());
            } else if (!META.contains(e.getKey())) {
                Object v = wire(e.getValue());
                if (v != null) {
                    params.put(e.getKey(), v);
                }
            }
        }
        return new FormConstraint(name, params, message, a);
    }

    /** Every attribute of the annotation, by name (values as Java has them). */
    static Map<String, Object> attributes(Annotation a) {
        Map<String, Object> out = new LinkedHashMap<>();
        Method[] methods = a.annotationType().getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.getParameterCount() != 0) {
                continue;
            }
            try {
                m.setAccessible(true);
                out.put(m.getName(), m.invoke(a));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // an attribute that cannot be read is left out
            }
        }
        return out;
    }

    /** A value as the schema and the IR carry it, or {@code null} when it has no wire form (a class). */
    private static Object wire(Object v) {
        if (v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        if (v instanceof Character c) {
            return c.toString();
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        if (v != null && v.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(v); i++) {
                Object item = wire(Array.get(v, i));
                if (item != null) {
                    items.add(item);
                }
            }
            return List.copyOf(items);
        }
        return null;
    }
}
