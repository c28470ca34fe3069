/**
 * Reading and writing the IR: {@link dev.mizan.ir.IrReader} (KDL → model) and
 * {@link dev.mizan.ir.IrWriter} (model → canonical KDL bytes).
 */
@NullMarked
package dev.mizan.ir;

import org.jspecify.annotations.NullMarked;
