package dev.mizan.conformance.suite;

import dev.mizan.codegen.Codegen;
import dev.mizan.codegen.Target;
import dev.mizan.ir.IrReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A directory under {@code target/} holding the client generated from the fixture's IR and the
 * probe's own TypeScript driver, copied from a test resource folder of the same name.
 */
final class ClientWorkspace {

    private ClientWorkspace() {}

    /** Generates {@code target} into {@code target/NAME/generated} and copies the resources {@code NAME/…}. */
    static synchronized Path generate(Wire wire, Target target, String name, List<String> resources) {
        Path dir = Path.of("target", name).toAbsolutePath();
        clear(dir);
        Codegen.generate(IrReader.read(wire.ir()), target, dir.resolve("generated"));
        for (String resource : resources) {
            try (InputStream in = ClientWorkspace.class.getResourceAsStream("/" + name + "/" + resource)) {
                if (in == null) {
                    throw new AssertionError("missing test resource " + name + "/" + resource);
                }
                Files.copy(in, dir.resolve(resource), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        NodeTools.prepare(NodeTools.root());
        return dir;
    }

    private static void clear(Path dir) {
        try {
            if (Files.exists(dir)) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
