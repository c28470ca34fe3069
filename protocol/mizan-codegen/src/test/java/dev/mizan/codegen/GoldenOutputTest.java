package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The generated client of the fixture IR, compared with the golden files that the type-test
 * workspace checks with tsc and vitest. Run with {@code -Dmizan.golden.update=true} to rewrite them.
 */
class GoldenOutputTest {

    private static final Path TYPETEST = Path.of("typetest/src");

    static Path goldenDir(Target target) {
        return TYPETEST.resolve("generated-" + target.id());
    }

    @ParameterizedTest
    @EnumSource(Target.class)
    void generated_client_of_the_fixture_matches_the_golden_files(Target target) throws IOException {
        List<GeneratedFile> files = Codegen.render(Fixtures.app(), target);
        Path dir = goldenDir(target);
        if (Boolean.getBoolean("mizan.golden.update")) {
            Codegen.generate(Fixtures.app(), target, dir);
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
