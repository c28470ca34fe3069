/**
 * Shapes on JPA: {@link dev.mizan.jpa.Shapes} reads {@link dev.mizan.core.shape.Shape} records in
 * a fixed number of statements, whatever the row count, selecting only the columns they name.
 */
@NullMarked
package dev.mizan.jpa;

import org.jspecify.annotations.NullMarked;
