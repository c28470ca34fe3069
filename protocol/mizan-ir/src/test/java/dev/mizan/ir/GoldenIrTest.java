package dev.mizan.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.registry.Registry;
import dev.mizan.ir.build.IrBuilder;
import dev.mizan.ir.golden.GoldenFunctions;
import dev.mizan.ir.model.IrDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/**
 * The IR of a registry that exercises every construct, compared with the golden file. Regenerate
 * with {@code -Dmizan.golden.update=true}.
 */
class GoldenIrTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/golden.kdl");

    static String exportGolden() {
        Registry registry = Registry.builder().add(GoldenFunctions.class).build();
        IrDocument doc =
                IrBuilder.build(registry, new ObjectMapper(), Javadocs.load(GoldenIrTest.class.getClassLoader()));
        return IrWriter.toText(doc);
    }

    @Test
    void the_golden_registry_exports_as_the_golden_file() throws Exception {
        String actual = exportGolden();
        if (Boolean.getBoolean("mizan.golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            fail("the IR differs from " + GOLDEN + " (regenerate with -Dmizan.golden.update=true):\n"
                    + LineDiff.diff(expected, actual));
        }
    }

    @Test
    void the_export_is_stable_and_reads_back_to_the_same_document() {
        String first = exportGolden();
        assertThat(exportGolden()).isEqualTo(first);
        assertThat(IrWriter.toText(IrReader.read(first))).isEqualTo(first);
    }
}
