package dev.mizan.core.dispatch;

import dev.mizan.core.forms.FormMessages;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.MethodDescriptor;
import jakarta.validation.metadata.ParameterDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Bean Validation of bound arguments, planned at startup: parameter constraints and {@code @Valid}
 * cascades through the executable validator, and record/bean arguments whose type carries
 * constraints validated even without {@code @Valid}.
 */
final class Validation {

    private static final Validation NONE = new Validation(null, null, false, List.of(), null, FormMessages.of(null));

    private final @Nullable Validator validator;
    private final @Nullable Method method;
    private final boolean parameters;
    private final List<Implicit> implicit;
    private final @Nullable WireNames wire;
    private final FormMessages messages;

    private record Implicit(int index, String name) {}

    private Validation(
            @Nullable Validator validator,
            @Nullable Method method,
            boolean parameters,
            List<Implicit> implicit,
            @Nullable WireNames wire,
            FormMessages messages) {
        this.messages = messages;
        this.validator = validator;
        this.method = method;
        this.parameters = parameters;
        this.implicit = implicit;
        this.wire = wire;
    }

    /** With {@code wire}, the paths of violations spell properties as the mapper writes them. */
    static Validation plan(
            @Nullable Validator validator, Method method, List<Integer> inputIndexes, @Nullable WireNames wire) {
        if (validator == null) {
            return NONE;
        }
        MethodDescriptor descriptor = validator
                .getConstraintsForClass(method.getDeclaringClass())
                .getConstraintsForMethod(method.getName(), method.getParameterTypes());
        boolean executable = !Modifier.isStatic(method.getModifiers());
        boolean parameters = executable && descriptor != null && descriptor.hasConstrainedParameters();
        List<Implicit> implicit = new ArrayList<>();
        for (int index : inputIndexes) {
            boolean cascaded = descriptor != null && isCascaded(descriptor, index);
            Class<?> type = method.getParameterTypes()[index];
            boolean constrainedType = !type.isPrimitive()
                    && !type.getName().startsWith("java.")
                    && validator.getConstraintsForClass(type).isBeanConstrained();
            if ((!cascaded || !executable) && constrainedType) {
                implicit.add(new Implicit(index, method.getParameters()[index].getName()));
            }
        }
        if (!parameters && implicit.isEmpty()) {
            return NONE;
        }
        return new Validation(validator, method, parameters, List.copyOf(implicit), wire, FormMessages.of(validator));
    }

    private static boolean isCascaded(MethodDescriptor descriptor, int index) {
        for (ParameterDescriptor p : descriptor.getParameterDescriptors()) {
            if (p.getIndex() == index) {
                return p.isCascaded();
            }
        }
        return false;
    }

    /** Throws VALIDATION_FAILED listing every violation. */
    void validate(@Nullable Object target, Object[] args) {
        validate(target, args, null);
    }

    /** Throws VALIDATION_FAILED listing every violation, messages in {@code locale} (when given). */
    void validate(@Nullable Object target, Object[] args, @Nullable Locale locale) {
        Map<String, List<String>> fields = violations(target, args, locale);
        if (!fields.isEmpty()) {
            throw Violations.toException(fields);
        }
    }

    /** Every violation's messages by wire path (sorted), in {@code locale} when given; empty when valid. */
    Map<String, List<String>> violations(@Nullable Object target, Object[] args, @Nullable Locale locale) {
        Map<String, List<String>> fields = new TreeMap<>();
        if (validator == null || method == null) {
            return fields;
        }
        java.util.function.Function<jakarta.validation.ConstraintViolation<?>, String> message =
                v -> messages.message(v, locale);
        if (parameters && target != null) {
            ExecutableValidator executables = validator.forExecutables();
            Violations.collect(
                    fields,
                    executables.validateParameters(target, method, args),
                    "",
                    wire,
                    null,
                    method.getGenericParameterTypes(),
                    message);
        }
        for (Implicit i : implicit) {
            Object arg = args[i.index()];
            if (arg != null) {
                Violations.collect(
                        fields,
                        validator.validate(arg),
                        i.name(),
                        wire,
                        method.getGenericParameterTypes()[i.index()],
                        null,
                        message);
            }
        }
        fields.values().forEach(list -> list.sort(null));
        return fields;
    }
}
