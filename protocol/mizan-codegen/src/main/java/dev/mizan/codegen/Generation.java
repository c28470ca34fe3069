package dev.mizan.codegen;

import java.nio.file.Path;
import java.util.List;

/**
 * One generator run: read the IR from {@code source}, write the {@code target} client into
 * {@code out}. Shared by the CLI, the Maven plugin and watch mode.
 *
 * @param source where the IR comes from
 * @param out the output directory
 * @param target what to generate
 */
public record Generation(IrSource source, Path out, Target target) {

    /**
     * Runs it. On any problem the output directory is left as it was.
     *
     * @throws CodegenException describing every problem found
     */
    public WriteResult run() {
        return Codegen.generate(source.load(), target, out);
    }

    /**
     * Reports what running it would change, changing nothing; empty when the output is up to date.
     *
     * @throws CodegenException describing every problem of the IR
     */
    public List<String> check() {
        return Codegen.check(source.load(), target, out);
    }
}
