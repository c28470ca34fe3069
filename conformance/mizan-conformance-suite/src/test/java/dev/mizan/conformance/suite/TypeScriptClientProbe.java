package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TypeScript client, stage 1: the client generated from the fixture's IR type-checks strictly
 * against the kernel and, bundled and run under Node, calls the server over the wire (calls,
 * context fetches, CSRF, merge, error codes).
 */
@ExtendWith(ConformanceServer.class)
class TypeScriptClientProbe {

    private static final String[] SOURCES = {"probe.ts", "tsconfig.json"};

    /** Generates the client into {@code target/ts-client} and returns that directory. */
    private static synchronized Path generated(Wire wire) {
        Path dir = Path.of("target/ts-client").toAbsolutePath();
        clear(dir);
        Codegen.generate(IrReader.read(wire.ir()), Target.BASE, dir.resolve("generated"));
        for (String source : SOURCES) {
            try (InputStream in = TypeScriptClientProbe.class.getResourceAsStream("/ts-client/" + source)) {
                if (in == null) {
                    throw new AssertionError("missing test resource ts-client/" + source);
                }
                Files.copy(in, dir.resolve(source), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        NodeTools.prepare(NodeTools.root());
        return dir;
    }

    @Test
    void the_generated_client_type_checks_strictly(Wire wire) {
        Path dir = generated(wire);
        Path tsc = NodeTools.root().resolve("node_modules/.bin/tsc");

        NodeTools.Run run = NodeTools.run(dir, 300, tsc.toString(), "-p", "tsconfig.json");

        assertThat(run.exitCode()).as("tsc output:\n%s", run.output()).isZero();
    }

    @Test
    void the_generated_client_calls_the_server_over_the_wire(Wire wire) {
        Path dir = generated(wire);
        Path rolldown = NodeTools.root().resolve("node_modules/.bin/rolldown");
        NodeTools.require(
                NodeTools.run(
                        dir,
                        300,
                        rolldown.toString(),
                        "probe.ts",
                        "--file",
                        "probe.mjs",
                        "--format",
                        "esm",
                        "--platform",
                        "node"),
                "rolldown");

        NodeTools.Run run =
                NodeTools.run(dir, 120, "node", "probe.mjs", wire.base().toString());

        assertThat(run.exitCode())
                .as("node probe.mjs output:\n%s", run.output())
                .isZero();
        assertThat(run.output()).contains("ok");
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
