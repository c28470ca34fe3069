/**
 * Building the IR from a {@link dev.mizan.core.registry.Registry}: {@link dev.mizan.ir.build.IrBuilder},
 * and exporting it from compiled classes without starting the application:
 * {@link dev.mizan.ir.build.IrExporter}.
 */
@NullMarked
package dev.mizan.ir.build;

import org.jspecify.annotations.NullMarked;
