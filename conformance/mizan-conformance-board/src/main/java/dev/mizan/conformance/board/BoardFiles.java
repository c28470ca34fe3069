package dev.mizan.conformance.board;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the board reads and writes.
 *
 * @param root the repository root, against which the manifest's report directories resolve
 * @param manifest the capability manifest (JSON)
 * @param proven the committed list of proven capabilities per adapter
 * @param readme the README holding the generated table between markers
 * @param reportOverrides report directories given on the command line, by adapter id
 */
public record BoardFiles(Path root, Path manifest, Path proven, Path readme, Map<String, Path> reportOverrides) {

    public BoardFiles {
        reportOverrides = Map.copyOf(reportOverrides);
    }

    /** The repository's own files, relative to its root; reports where the manifest says. */
    public static BoardFiles underRoot(Path root) {
        return underRoot(root, Map.of());
    }

    /** The repository's own files, with some adapters' report directories given explicitly. */
    public static BoardFiles underRoot(Path root, Map<String, Path> reportOverrides) {
        return new BoardFiles(
                root,
                root.resolve("conformance/capabilities.json"),
                root.resolve("conformance/proven.txt"),
                root.resolve("README.md"),
                reportOverrides);
    }

    /** The directory of an adapter's JUnit XML reports. */
    public Path reports(Adapter adapter) {
        Path override = reportOverrides.get(adapter.id());
        return override != null ? override : root.resolve(adapter.reports());
    }
}
