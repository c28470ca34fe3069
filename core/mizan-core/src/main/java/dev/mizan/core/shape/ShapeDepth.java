package dev.mizan.core.shape;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bounds a recursive nested shape (a shape that contains itself, as a task's subtasks): the
 * relation is fetched down to this many levels, one statement per level, and is {@code null} below
 * the last one. A cycle without it is a startup error.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD})
public @interface ShapeDepth {

    /** How many levels of the recursive relation are fetched (at least 1). */
    int value();
}
