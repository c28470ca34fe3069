package dev.mizan.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.codegen.Codegen;
import dev.mizan.codegen.Target;
import dev.mizan.core.Auth;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import dev.mizan.ir.model.IrDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The generated TypeScript types say exactly what Jackson writes and reads: the fixture's IR is
 * exported from its classes (seeing the application's mapper settings, without starting it), the
 * client is generated from it, and a Node driver calls every sample function of the running server
 * through the generated client, sends each value back to the matching accept function, and records
 * the raw JSON answers; {@code tsc} then checks that each raw answer is assignable to the generated
 * type and that the deliberately wrong samples of {@code negatives.ts} are rejected.
 */
@SpringBootTest(classes = FidelityApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TypeFidelityTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/fidelity.kdl");
    private static final List<String> CLIENT_FILES = List.of("tsconfig.json", "roundtrip.ts", "negatives.ts");

    private static IrDocument ir;

    @LocalServerPort
    int port;

    @BeforeAll
    static void export() {
        ir = IrExporter.export(
                new ExportOptions(List.of(Path.of("target/classes")), List.of("dev.mizan.fidelity"), Auth.PUBLIC));
    }

    @Test
    void the_export_sees_the_application_mapper_and_matches_the_golden_ir() throws IOException {
        String text = IrWriter.toText(ir);
        if (Boolean.getBoolean("mizan.golden.update")) {
            Files.writeString(GOLDEN, text, StandardCharsets.UTF_8);
        }
        assertThat(text)
                .as("the IR differs from %s (regenerate with -Dmizan.golden.update=true)", GOLDEN)
                .isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        assertThat(text)
                .as("spring.jackson.property-naming-strategy=SNAKE_CASE is seen")
                .contains("field created_by type=string");
        assertThat(text).as("the enums-by-toString customizer is seen").contains("value dark-blue");
    }

    @Test
    void real_values_over_http_match_the_generated_types_in_both_directions() throws IOException {
        Path dir = workspace();
        Node.run(
                dir,
                300,
                Node.bin("rolldown"),
                "roundtrip.ts",
                "--file",
                "roundtrip.mjs",
                "--format",
                "esm",
                "--platform",
                "node");

        String output = Node.run(dir, 120, "node", "roundtrip.mjs", "http://127.0.0.1:" + port + "/api/mizan");
        assertThat(output).contains("ok");
        Files.writeString(dir.resolve("samples.ts"), SampleModule.typeScript(output), StandardCharsets.UTF_8);
        assertThat(Files.readString(dir.resolve("samples.ts")))
                .as("every sample function answered")
                .contains("callSampleRaw", "callSampleMoney", "callSampleContacts", "callSampleScalars");

        Node.run(dir, 300, Node.bin("tsc"), "-p", "tsconfig.json");
    }

    private static Path workspace() throws IOException {
        Path dir = Path.of("target", "fidelity-client").toAbsolutePath();
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(dir);
        Codegen.generate(ir, Target.BASE, dir.resolve("generated"));
        for (String file : CLIENT_FILES) {
            try (InputStream in = TypeFidelityTest.class.getResourceAsStream("/fidelity-client/" + file)) {
                assertThat(in).as("test resource fidelity-client/%s", file).isNotNull();
                Files.copy(in, dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Node.prepare();
        return dir;
    }
}
