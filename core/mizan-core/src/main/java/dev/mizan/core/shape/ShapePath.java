package dev.mizan.core.shape;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The attribute path a shape component reads, when it is not the component's own name: a dotted
 * path through to-one relations ({@code assignee.name}), or a relation for a nested shape.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ShapePath {

    /** The dotted attribute path from the shape's entity. */
    String value();
}
