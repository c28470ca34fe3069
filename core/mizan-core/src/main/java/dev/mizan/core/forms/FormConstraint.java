package dev.mizan.core.forms;

import java.lang.annotation.Annotation;
import java.util.Map;
import java.util.SortedMap;

/**
 * One Bean Validation constraint on a form field.
 *
 * @param name the constraint's simple name for the standard ones ({@code Size}, {@code NotBlank},
 *     {@code Pattern}, …, from {@code jakarta.validation.constraints}), its binary class name for any
 *     other ({@code com.example.UniqueTitle}): a client checks the standard ones it knows itself and
 *     leaves the rest to the server's {@code validate}
 * @param params the constraint's own attributes (not {@code message}, {@code groups},
 *     {@code payload}) by name, sorted: strings, booleans, numbers, enum constant names, lists of those
 * @param message the message template ({@code {jakarta.validation.constraints.Size.message}})
 * @param annotation the annotation itself (for interpolating its message)
 */
public record FormConstraint(String name, SortedMap<String, Object> params, String message, Annotation annotation) {

    public FormConstraint {
        params = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(params));
    }

    /** The attributes a message template may name: the params plus message, groups and payload. */
    Map<String, Object> attributes() {
        return Constraints.attributes(annotation);
    }
}
