package dev.mizan.ir.model;

import java.util.List;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The form marker of a function that takes a {@code @MizanForm} record (docs/forms.md).
 *
 * @param param the parameter whose type is the form record
 * @param fields the input fields that carry a label, help text, default, requirement or
 *     constraint, sorted by path
 */
public record IrForm(String param, List<Field> fields) {

    public IrForm {
        fields = List.copyOf(fields);
    }

    /**
     * One field of a form.
     *
     * @param path the path from the arguments in wire names, {@code []} for every list element
     *     ({@code task.steps[].title})
     * @param required whether a value must be present
     * @param label the label text or {@code {message.key}}, or {@code null}
     * @param help the help text or {@code {message.key}}, or {@code null}
     * @param defaultJson the default value as JSON text, or {@code null}
     * @param constraints the Bean Validation constraints, sorted by name
     */
    public record Field(
            String path,
            boolean required,
            @Nullable String label,
            @Nullable String help,
            @Nullable String defaultJson,
            List<Constraint> constraints) {
        public Field {
            constraints = List.copyOf(constraints);
        }
    }

    /**
     * One constraint.
     *
     * @param name {@code Size}, {@code Pattern}, … for {@code jakarta.validation.constraints}, the
     *     binary class name for any other (a server-only rule a client leaves to {@code validate})
     * @param params the constraint's attributes by name: {@link String}, {@link Boolean},
     *     {@link java.math.BigDecimal} (numbers), or {@link String} with space-separated names for
     *     a list of enum constants
     * @param message the message template
     */
    public record Constraint(String name, SortedMap<String, Object> params, String message) {
        public Constraint {
            params = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(params));
        }
    }
}
