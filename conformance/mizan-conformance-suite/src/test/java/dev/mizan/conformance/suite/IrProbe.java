package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.ir.IrReader;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The IR of the fixture, byte for byte the golden file: every adapter must emit the same document
 * for the same fixture. Regenerate the golden file from the Spring fixture with
 * {@code -Dmizan.conformance.golden.update=true}.
 */
@ExtendWith(ConformanceServer.class)
class IrProbe {

    static final Path GOLDEN = Path.of("src/test/resources/golden/fixture.kdl");

    @Test
    void the_fixture_ir_matches_the_golden_file_byte_for_byte(Wire wire) throws IOException {
        String actual = wire.ir();
        if (wire.inBuild() && Boolean.getBoolean("mizan.conformance.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }

        byte[] golden = Files.readAllBytes(GOLDEN);
        assertThat(actual).isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(actual.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden);
    }

    @Test
    void declared_revs_reach_the_ir(Wire wire) {
        IrDocument ir = IrReader.read(wire.ir());

        assertThat(function(ir, "project_details").rev()).isEqualTo(1);
        assertThat(function(ir, "project_tasks").rev()).isEqualTo(2);
        assertThat(context(ir, "project").rev())
                .as("a context's rev is the sum of its members'")
                .isEqualTo(3);
    }

    private static IrFunction function(IrDocument ir, String name) {
        return ir.functions().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no function " + name + " in the IR"));
    }

    private static IrContext context(IrDocument ir, String name) {
        return ir.contexts().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no context " + name + " in the IR"));
    }
}
