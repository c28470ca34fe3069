package dev.mizan.core.forms;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One field of a form's input, at any depth.
 *
 * @param path the field's path from the function's arguments, in wire names: {@code task.title},
 *     {@code task.subtasks[].title} ({@code []} stands for every element of a list)
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code enum},
 *     {@code date}, {@code time}, {@code datetime}, {@code instant}, {@code object}, {@code list} or
 *     {@code any}
 * @param required whether a value must be present ({@code @NotNull}, {@code @NotBlank},
 *     {@code @NotEmpty}, or a primitive)
 * @param label the {@link Label} text or message key, or {@code null}
 * @param help the {@link Help} text or message key, or {@code null}
 * @param defaultJson the {@link DefaultValue} JSON text, or {@code null}
 * @param choices the wire values of an enum field (of a list's elements for a list of enums), in
 *     declaration order; empty otherwise
 * @param constraints the field's constraints, sorted by name
 */
public record FormField(
        String path,
        String type,
        boolean required,
        @Nullable String label,
        @Nullable String help,
        @Nullable String defaultJson,
        List<String> choices,
        List<FormConstraint> constraints) {

    public FormField {
        choices = List.copyOf(choices);
        constraints = List.copyOf(constraints);
    }
}
