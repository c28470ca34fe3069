package dev.mizan.core.dispatch;

import dev.mizan.core.MizanException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;

/** Turns Bean Validation violations into VALIDATION_FAILED with {@code details.fields}: path → messages. */
final class Violations {

    private Violations() {}

    static MizanException toException(Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        Map<String, List<String>> fields = new TreeMap<>();
        collect(fields, violations, prefix, null, null, null);
        return toException(fields);
    }

    static MizanException toException(Map<String, List<String>> fields) {
        fields.values().forEach(list -> list.sort(null));
        return MizanException.validation(fields);
    }

    /**
     * Adds each violation's message under its path, prefixed (for arguments validated on their own).
     * With {@code wire}, properties are spelled as the mapper writes them: {@code root} is the type
     * of the validated value (for an argument validated on its own), {@code params} the method's
     * parameter types (for the executable validation, whose paths start at a parameter).
     */
    static void collect(
            Map<String, List<String>> fields,
            Collection<? extends ConstraintViolation<?>> violations,
            String prefix,
            @Nullable WireNames wire,
            @Nullable Type root,
            Type @Nullable [] params) {
        collect(fields, violations, prefix, wire, root, params, ConstraintViolation::getMessage);
    }

    /** As above, each message written by {@code message} (in the caller's locale). */
    static void collect(
            Map<String, List<String>> fields,
            Collection<? extends ConstraintViolation<?>> violations,
            String prefix,
            @Nullable WireNames wire,
            @Nullable Type root,
            Type @Nullable [] params,
            java.util.function.Function<ConstraintViolation<?>, String> message) {
        for (ConstraintViolation<?> v : violations) {
            String path = path(v.getPropertyPath(), wire, root, params);
            String key = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(message.apply(v));
        }
    }

    /**
     * {@code createTask.task.items[0].title} → {@code task.items[0].title}: the method node is
     * dropped; a list element is named by its index, a map value by its key, a set element (which
     * has neither) by empty brackets ({@code task.labels[]}).
     */
    static String path(Path path) {
        return path(path, null, null, null);
    }

    private static String path(Path path, @Nullable WireNames wire, @Nullable Type root, Type @Nullable [] params) {
        StringBuilder out = new StringBuilder();
        JavaType type = wire == null ? null : wire.construct(root);
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at == null ? "" : at).append(']');
                type = type == null ? null : type.getContentType();
            }
            String name = node.getName();
            if (name == null || name.isEmpty() || kind == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (kind == ElementKind.CROSS_PARAMETER) {
                name = "_";
                type = null;
            } else if (kind == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                type = wire == null || params == null || index >= params.length ? null : wire.construct(params[index]);
            } else if (kind == ElementKind.PROPERTY && wire != null && type != null) {
                WireNames.Property property = wire.property(type, name);
                name = property == null ? name : property.wire();
                type = property == null ? null : property.type();
            } else {
                type = null;
            }
            if (!out.isEmpty()) {
                out.append('.');
            }
            out.append(name);
        }
        return out.toString();
    }
}
