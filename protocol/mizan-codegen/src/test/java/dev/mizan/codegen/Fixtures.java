package dev.mizan.codegen;

import dev.mizan.ir.IrReader;
import dev.mizan.ir.model.IrDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The hand-written fixture IR of a task board, covering every construct of the grammar. */
final class Fixtures {

    static final Path APP = Path.of("src/test/resources/fixture/app.kdl");

    private Fixtures() {}

    static IrDocument app() {
        try {
            return IrReader.read(APP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
