package dev.mizan.core.forms;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The help text a form shows under a field of a {@link MizanForm} record. A text
 * of the form {@code {key}} is a message key, resolved for the caller's locale by the
 * application's messages (Spring's {@code MessageSource}, or Bean Validation's
 * {@code ValidationMessages} bundles); any other text is used as written.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD})
public @interface Help {

    /** The text, or a message key in braces. */
    String value();
}
