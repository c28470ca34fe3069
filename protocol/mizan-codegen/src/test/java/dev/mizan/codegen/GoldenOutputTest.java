package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.mizan.ir.model.IrDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The generated client of the fixture IRs (the hand-written one and the IR module's exported
 * golden IR), compared with the golden files that the type-test
 * workspace checks with tsc and vitest. Run with {@code -Dmizan.golden.update=true} to rewrite them.
 */
class GoldenOutputTest {

    private static final Path TYPETEST = Path.of("typetest/src");

    /** The Vue and Svelte targets' golden files live in their own type-test workspaces (vue-tsc, svelte-check). */
    private static final Path TYPETEST_VUE = Path.of("typetest-vue/src");

    private static final Path TYPETEST_SVELTE = Path.of("typetest-svelte/src");

    /**
     * A copy of the IR module's golden IR (exported from its fixture classes), kept here so a change
     * there does not break this build; refresh it when the IR grammar grows.
     */
    private static final Path EXPORTED_IR = Path.of("src/test/resources/fixture/exported.kdl");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(Fixtures.APP, Target.REACT, TYPETEST.resolve("generated-react")),
                Arguments.of(Fixtures.APP, Target.BASE, TYPETEST.resolve("generated-base")),
                Arguments.of(EXPORTED_IR, Target.REACT, TYPETEST.resolve("generated-exported")),
                Arguments.of(Fixtures.APP, Target.VUE, TYPETEST_VUE.resolve("generated-vue")),
                Arguments.of(EXPORTED_IR, Target.VUE, TYPETEST_VUE.resolve("generated-exported")),
                Arguments.of(Fixtures.APP, Target.SVELTE, TYPETEST_SVELTE.resolve("generated-svelte")),
                Arguments.of(EXPORTED_IR, Target.SVELTE, TYPETEST_SVELTE.resolve("generated-exported")));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void generated_client_matches_the_golden_files(Path ir, Target target, Path dir) throws IOException {
        IrDocument document = new IrSource.IrFile(ir).load();
        List<GeneratedFile> files = Codegen.render(document, target);
        if (Boolean.getBoolean("mizan.golden.update")) {
            Codegen.generate(document, target, dir);
            return;
        }
        StringBuilder diffs = new StringBuilder();
        for (GeneratedFile file : files) {
            Path golden = dir.resolve(file.path());
            String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
            if (!expected.equals(file.content())) {
                diffs.append(Diff.unified(golden.toString(), expected, file.content()));
            }
        }
        try (Stream<Path> existing = Files.list(dir)) {
            List<String> extra = existing.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".ts"))
                    .filter(name -> files.stream().noneMatch(f -> f.path().equals(name)))
                    .toList();
            if (!extra.isEmpty()) {
                diffs.append("golden files no longer generated: ").append(extra).append('\n');
            }
        }
        if (!diffs.isEmpty()) {
            fail("generated output differs from " + dir + " (rerun with -Dmizan.golden.update=true to accept):\n"
                    + diffs);
        }
        assertThat(files).extracting(GeneratedFile::path).isSorted();
    }
}
