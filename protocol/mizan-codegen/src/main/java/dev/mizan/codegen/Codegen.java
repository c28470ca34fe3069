package dev.mizan.codegen;

import dev.mizan.codegen.render.Renderer;
import dev.mizan.ir.model.IrDocument;
import java.nio.file.Path;
import java.util.List;

/** The code generator: IR document in, TypeScript client out. */
public final class Codegen {

    private Codegen() {}

    /**
     * Renders the files of {@code target} in memory, sorted by path; the same IR always gives the
     * same bytes.
     *
     * @throws CodegenException listing every problem of the IR
     */
    public static List<GeneratedFile> render(IrDocument ir, Target target) {
        return Renderer.render(ir, target);
    }

    /** {@link #render(IrDocument, Target)} with the options of the {@code java} target. */
    public static List<GeneratedFile> render(IrDocument ir, Target target, JavaOptions java) {
        return Renderer.render(ir, target, java);
    }

    /** {@link #generate(IrDocument, Target, Path)} with the options of the {@code java} target. */
    public static WriteResult generate(IrDocument ir, Target target, Path outDir, JavaOptions java) {
        return OutputWriter.write(outDir, render(ir, target, java));
    }

    /** {@link #check(IrDocument, Target, Path)} with the options of the {@code java} target. */
    public static List<String> check(IrDocument ir, Target target, Path outDir, JavaOptions java) {
        return OutputWriter.differences(outDir, render(ir, target, java));
    }

    /**
     * Renders and writes the files of {@code target} into {@code outDir}, removing stale files of
     * earlier runs. When rendering fails nothing in {@code outDir} changes.
     *
     * @throws CodegenException listing every problem of the IR, or why the output could not be written
     */
    public static WriteResult generate(IrDocument ir, Target target, Path outDir) {
        return OutputWriter.write(outDir, render(ir, target));
    }

    /**
     * Compares {@code outDir} with what {@link #generate} would write, changing nothing: one line
     * per missing, out-of-date or stale file; empty when the output is up to date (for CI).
     *
     * @throws CodegenException listing every problem of the IR
     */
    public static List<String> check(IrDocument ir, Target target, Path outDir) {
        return OutputWriter.differences(outDir, render(ir, target));
    }
}
