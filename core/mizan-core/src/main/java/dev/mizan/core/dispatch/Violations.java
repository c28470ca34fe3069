package dev.mizan.core.dispatch;

import dev.mizan.core.MizanException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns Bean Validation violations into VALIDATION_FAILED with {@code details.fields}: path → messages. */
final class Violations {

    private Violations() {}

    static MizanException toException(Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        Map<String, List<String>> fields = new TreeMap<>();
        collect(fields, violations, prefix);
        return toException(fields);
    }

    static MizanException toException(Map<String, List<String>> fields) {
        fields.values().forEach(list -> list.sort(null));
        return MizanException.validation(fields);
    }

    /** Adds each violation's message under its path, prefixed (for arguments validated on their own). */
    static void collect(
            Map<String, List<String>> fields, Collection<? extends ConstraintViolation<?>> violations, String prefix) {
        for (ConstraintViolation<?> v : violations) {
            String path = path(v.getPropertyPath());
            String key = prefix.isEmpty() ? path : path.isEmpty() ? prefix : prefix + "." + path;
            fields.computeIfAbsent(key, k -> new ArrayList<>()).add(v.getMessage());
        }
    }

    /**
     * {@code createTask.task.items[0].title} → {@code task.items[0].title}: the method node is
     * dropped; a list element is named by its index, a map value by its key, a set element (which
     * has neither) by empty brackets ({@code task.labels[]}).
     */
    static String path(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                out.append('[').append(at == null ? "" : at).append(']');
            }
            String name = node.getName();
            if (name != null && !name.isEmpty() && kind != ElementKind.CONTAINER_ELEMENT) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(kind == ElementKind.CROSS_PARAMETER ? "_" : name);
            }
        }
        return out.toString();
    }
}
