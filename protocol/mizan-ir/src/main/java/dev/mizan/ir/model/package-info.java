/**
 * The IR document model: immutable records for the functions, contexts and named types of a
 * Mizan registry, and the {@link dev.mizan.ir.model.TypeExpr type expressions} that describe
 * every value on the wire. {@link dev.mizan.ir.IrReader} and {@link dev.mizan.ir.IrWriter} turn
 * it into and out of canonical KDL.
 */
@NullMarked
package dev.mizan.ir.model;

import org.jspecify.annotations.NullMarked;
