package dev.mizan.core.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record (or bean) as a form's input. A server function that takes one parameter of such
 * a type is a form: besides the call itself (the form's {@code submit}: validate, then run), it
 * answers {@code NAME.schema} (fields, types, constraints with their parameters, labels, help
 * texts, defaults, enum choices) and {@code NAME.validate} (the field errors of a value, without
 * running the function). The IR carries the same description so that clients mirror the
 * constraints that can run in a browser (docs/forms.md).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MizanForm {}
