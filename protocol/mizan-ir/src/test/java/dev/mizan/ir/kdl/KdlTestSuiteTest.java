package dev.mizan.ir.kdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the official KDL test suite kept under shared/testdata/kdl at the workspace root. */
class KdlTestSuiteTest {

    static Path suite() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/testdata/kdl");
            if (Files.isDirectory(candidate.resolve("input"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "shared/testdata/kdl not found above " + Path.of("").toAbsolutePath());
    }

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(suite().resolve("input"))) {
            return files.filter(p -> p.toString().endsWith(".kdl")).sorted().toList();
        }
    }

    @Test
    void the_suite_is_present_and_complete() throws IOException {
        assertThat(inputs()).hasSizeGreaterThan(300);
    }

    @TestFactory
    Stream<DynamicTest> every_valid_input_prints_as_its_expected_output() throws IOException {
        return inputs().stream()
                .filter(p -> !p.getFileName().toString().endsWith("_fail.kdl"))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    String expected =
                            Files.readString(suite().resolve("expected_kdl").resolve(p.getFileName()));
                    String printed = Kdl.print(Kdl.parse(Files.readAllBytes(p)));
                    assertThat(printed).isEqualTo(expected);
                }));
    }

    @TestFactory
    Stream<DynamicTest> every_fail_input_is_rejected_with_line_and_column() throws IOException {
        return inputs().stream()
                .filter(p -> p.getFileName().toString().endsWith("_fail.kdl"))
                .map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
                    byte[] bytes = Files.readAllBytes(p);
                    assertThatThrownBy(() -> Kdl.parse(bytes))
                            .isInstanceOf(KdlException.class)
                            .hasMessageMatching("(?s).* at line \\d+, column \\d+")
                            .satisfies(e -> assertThat(
                                            ((KdlException) e).position().line())
                                    .isPositive());
                }));
    }
}
