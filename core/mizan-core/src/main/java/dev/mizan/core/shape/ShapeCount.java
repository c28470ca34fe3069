package dev.mizan.core.shape;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A shape component holding the size of a to-many relation of the entity ({@code @ShapeCount("comments")
 * long commentCount}), computed by the database in the same statement as the row.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ShapeCount {

    /** The to-many attribute (a dotted path through to-one relations allowed). */
    String value();
}
