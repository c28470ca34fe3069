/** The edge manifest (docs/edge.md) exported from the IR, without the application's classes. */
@NullMarked
package dev.mizan.ir.edge;

import org.jspecify.annotations.NullMarked;
