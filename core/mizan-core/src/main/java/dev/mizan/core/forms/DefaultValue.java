package dev.mizan.core.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value a new form starts with for a field of a {@link MizanForm} record, as JSON text
 * ({@code "\"normal\""}, {@code "3"}, {@code "true"}, {@code "[]"}). Checked at startup and export:
 * text that is not JSON is an error naming the field.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface DefaultValue {

    /** The JSON text of the default value. */
    String value();
}
