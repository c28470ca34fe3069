package dev.mizan.core.forms;

import dev.mizan.core.RequestHandle;
import jakarta.validation.ConstraintTarget;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Payload;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.ValidateUnwrappedValue;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Constraint messages, labels and help texts in the caller's locale: the locale is the first
 * language of the request's {@code Accept-Language}; the text comes from the validator's own
 * message interpolator (with Spring, its {@code MessageSource} and Bean Validation's
 * {@code ValidationMessages} bundles), so a message key resolves exactly as the validator would
 * resolve it, only for that locale. Without {@code Accept-Language} the validator's own message
 * (the server's default locale) stands.
 */
public final class FormMessages {

    private static final Logger LOG = LoggerFactory.getLogger(FormMessages.class);

    private final @Nullable MessageInterpolator interpolator;

    private FormMessages(@Nullable MessageInterpolator interpolator) {
        this.interpolator = interpolator;
    }

    private static final java.util.Map<Object, FormMessages> BY_VALIDATOR =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());
    private static final FormMessages NONE = new FormMessages(null);

    /** The messages of {@code validator}'s interpolator, or of the default provider's, or none. */
    public static FormMessages of(@Nullable Validator validator) {
        if (validator == null) {
            return NONE;
        }
        return BY_VALIDATOR.computeIfAbsent(validator, v -> new FormMessages(interpolator(validator)));
    }

    private static @Nullable MessageInterpolator interpolator(@Nullable Validator validator) {
        if (validator == null) {
            return null;
        }
        if (validator instanceof ValidatorFactory factory) {
            return factory.getMessageInterpolator();
        }
        try {
            return validator.unwrap(ValidatorFactory.class).getMessageInterpolator();
        } catch (ValidationException | UnsupportedOperationException e) {
            // a plain validator: the provider's default interpolator reads the same bundles
        }
        try {
            return jakarta.validation.Validation.byDefaultProvider().configure().getDefaultMessageInterpolator();
        } catch (RuntimeException e) {
            LOG.debug("No message interpolator: messages stay in the validator's default locale", e);
            return null;
        }
    }

    /**
     * The locale of a request: the first language range of {@code Accept-Language} (by weight), or
     * {@code null} when there is none or it names no language.
     */
    public static @Nullable Locale locale(RequestHandle request) {
        String header = request.header("Accept-Language");
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                if (!range.getRange().startsWith("*") && range.getWeight() > 0) {
                    return Locale.forLanguageTag(range.getRange());
                }
            }
        } catch (IllegalArgumentException e) {
            // a malformed header names no language
        }
        return null;
    }

    /** A violation's message for {@code locale} ({@code null}: the validator's own message). */
    public String message(ConstraintViolation<?> violation, @Nullable Locale locale) {
        if (locale == null || interpolator == null) {
            return violation.getMessage();
        }
        try {
            return interpolator.interpolate(
                    violation.getMessageTemplate(),
                    new Context(violation.getConstraintDescriptor(), violation.getInvalidValue()),
                    locale);
        } catch (RuntimeException e) {
            LOG.debug("Message '{}' could not be interpolated for {}", violation.getMessageTemplate(), locale, e);
            return violation.getMessage();
        }
    }

    /** A constraint's message for {@code locale} (the server's default locale when {@code null}). */
    public String message(FormConstraint constraint, @Nullable Locale locale) {
        return interpolate(constraint.message(), constraint.annotation(), constraint.attributes(), locale);
    }

    /** A label or help text: a {@code {key}} resolved for {@code locale}, other text as written. */
    public @Nullable String text(@Nullable String text, @Nullable Locale locale) {
        if (text == null || !text.contains("{")) {
            return text;
        }
        return interpolate(text, null, Map.of(), locale);
    }

    private String interpolate(
            String template, @Nullable Annotation annotation, Map<String, Object> attributes, @Nullable Locale locale) {
        if (interpolator == null) {
            return template;
        }
        Context context = new Context(new Descriptor(annotation, template, attributes), null);
        try {
            return locale == null
                    ? interpolator.interpolate(template, context)
                    : interpolator.interpolate(template, context, locale);
        } catch (RuntimeException e) {
            LOG.debug("Text '{}' could not be interpolated", template, e);
            return template;
        }
    }

    private record Context(
            ConstraintDescriptor<?> descriptor, @Nullable Object value) implements MessageInterpolator.Context {
        @Override
        public ConstraintDescriptor<?> getConstraintDescriptor() {
            return descriptor;
        }

        @Override
        public @Nullable Object getValidatedValue() {
            return value;
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }

    /** A descriptor of a constraint read by reflection: what an interpolator needs, its attributes. */
    private record Descriptor(@Nullable Annotation annotation, String template, Map<String, Object> attributes)
            implements ConstraintDescriptor<Annotation> {
        @Override
        @SuppressWarnings("NullAway")
        public Annotation getAnnotation() {
            return annotation;
        }

        @Override
        public String getMessageTemplate() {
            return template;
        }

        @Override
        public Set<Class<?>> getGroups() {
            return Set.of();
        }

        @Override
        public Set<Class<? extends Payload>> getPayload() {
            return Set.of();
        }

        @Override
        public ConstraintTarget getValidationAppliesTo() {
            return ConstraintTarget.IMPLICIT;
        }

        @Override
        public List<Class<? extends jakarta.validation.ConstraintValidator<Annotation, ?>>>
                getConstraintValidatorClasses() {
            return List.of();
        }

        @Override
        public Map<String, Object> getAttributes() {
            return attributes;
        }

        @Override
        public Set<ConstraintDescriptor<?>> getComposingConstraints() {
            return Set.of();
        }

        @Override
        public boolean isReportAsSingleViolation() {
            return false;
        }

        @Override
        public ValidateUnwrappedValue getValueUnwrapping() {
            return ValidateUnwrappedValue.DEFAULT;
        }

        @Override
        public <U> U unwrap(Class<U> type) {
            throw new ValidationException("Cannot unwrap to " + type.getName());
        }
    }
}
