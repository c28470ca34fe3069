package dev.mizan.conformance.board;

import java.nio.file.Path;

/**
 * Where the board reads and writes.
 *
 * @param manifest the capability manifest (JSON)
 * @param reports the directory of the suite's JUnit XML reports
 * @param proven the committed list of proven capability ids
 * @param readme the README holding the generated table between markers
 */
public record BoardFiles(Path manifest, Path reports, Path proven, Path readme) {

    /** The repository's own files, relative to its root. */
    public static BoardFiles underRoot(Path root, Path reports) {
        return new BoardFiles(
                root.resolve("conformance/capabilities.json"),
                reports,
                root.resolve("conformance/proven.txt"),
                root.resolve("README.md"));
    }

    /** The default report directory of the conformance suite module. */
    public static Path defaultReports(Path root) {
        return root.resolve("conformance/mizan-conformance-suite/target/surefire-reports");
    }
}
