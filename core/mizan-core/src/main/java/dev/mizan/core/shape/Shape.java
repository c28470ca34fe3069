package dev.mizan.core.shape;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record as a shape of an entity: each component names an attribute of the entity (by its
 * own name, or by {@link ShapePath}), a nested shape for a to-one or to-many relation, or a
 * {@link ShapeCount}. A persistence binding fetches exactly those columns in a fixed number of
 * statements, and the IR marks the record as a shape of the entity.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Shape {

    /** The entity class the record projects. */
    Class<?> value();
}
