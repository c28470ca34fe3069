/**
 * Shapes: records that declare the fields a screen needs of an entity ({@link dev.mizan.core.shape.Shape}).
 * The annotations live in the core so that the IR can mark shape outputs; the query planner is in a
 * persistence binding (mizan-jpa).
 */
@NullMarked
package dev.mizan.core.shape;

import org.jspecify.annotations.NullMarked;
