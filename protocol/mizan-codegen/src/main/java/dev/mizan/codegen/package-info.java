/**
 * The Mizan code generator: reads an IR document and writes a typed TypeScript client (and React
 * bindings) over the {@code @mizan/base} kernel. {@link dev.mizan.codegen.Codegen} is the entry
 * point; {@link dev.mizan.codegen.IrSource} loads the IR from a file or a command's output,
 * {@link dev.mizan.codegen.CodegenConfig} reads {@code mizan.json}, and
 * {@link dev.mizan.codegen.Watcher} regenerates on change.
 */
@NullMarked
package dev.mizan.codegen;

import org.jspecify.annotations.NullMarked;
