package dev.mizan.codegen;

import dev.mizan.ir.model.IrDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One generator run: read the IR from {@code source}, write the {@code target} client into
 * {@code out}. Shared by the CLI, the Maven plugin and watch mode.
 *
 * @param source where the IR comes from
 * @param out the output directory
 * @param target what to generate
 * @param java the options of the {@code java} target
 */
public record Generation(IrSource source, Path out, Target target, JavaOptions java) {

    /** A run with the default {@code java} options. */
    public Generation(IrSource source, Path out, Target target) {
        this(source, out, target, JavaOptions.defaults());
    }

    /**
     * Runs it. On any problem the output directory is left as it was.
     *
     * @throws CodegenException describing every problem found
     */
    public WriteResult run() {
        return run(() -> true);
    }

    /**
     * Runs it, writing only if {@code inputsUnchanged} still holds once the IR is loaded (watch
     * mode: the classes were not rewritten during the export). IR exported from classes that holds
     * no function is refused when a client was generated before: that is a class directory being
     * rebuilt, and an empty client would break the running frontend.
     *
     * @throws CodegenException describing every problem found, or that the inputs changed
     */
    public WriteResult run(BooleanSupplier inputsUnchanged) {
        IrDocument ir = source.load();
        if (source instanceof IrSource.Classes
                && ir.functions().isEmpty()
                && Files.exists(out.resolve(OutputWriter.MANIFEST))) {
            throw new CodegenException("found no @Client methods in " + source.describe()
                    + " (a build in progress?); not replacing the generated client with an empty one");
        }
        if (!inputsUnchanged.getAsBoolean()) {
            throw new CodegenException("the inputs changed while the IR was read (a build in progress?);"
                    + " generating again once they settle");
        }
        return Codegen.generate(ir, target, out, java);
    }

    /**
     * Reports what running it would change, changing nothing; empty when the output is up to date.
     *
     * @throws CodegenException describing every problem of the IR
     */
    public List<String> check() {
        return Codegen.check(source.load(), target, out, java);
    }
}
