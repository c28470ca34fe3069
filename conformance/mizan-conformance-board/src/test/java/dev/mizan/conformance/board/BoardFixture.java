package dev.mizan.conformance.board;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A throwaway repository layout for board tests: manifest, reports, proven file and README. */
final class BoardFixture {

    static final String MANIFEST = """
            {"adapters": [
               {"id": "first", "title": "Test adapter", "reports": "reports"},
               {"id": "second", "title": "Other adapter", "reports": "reports-second"}],
             "capabilities": [
              {"id": "rpc-call", "group": "Protocol core", "title": "RPC call dispatch",
               "probes": ["CallProbe#returns_result", "CallProbe#rejects_unknown_function"]},
              {"id": "merge", "group": "Protocol core", "title": "Merge", "probes": ["MergeProbe#splices_slot"]},
              {"id": "mwt", "group": "Edge, cache & enforcement", "title": "MWT", "probes": []}
            ]}
            """;

    final Path root;

    BoardFixture(Path root) {
        this.root = root;
        write("conformance/capabilities.json", MANIFEST);
        write(
                "README.md",
                "# App\n\n## Capabilities\n\n<!-- capabilities:start -->\n<!-- capabilities:end -->\n\nMore.\n");
    }

    BoardFiles files() {
        return BoardFiles.underRoot(root);
    }

    Path reports() {
        return root.resolve("reports");
    }

    Path secondReports() {
        return root.resolve("reports-second");
    }

    /** Writes one Surefire report of the first adapter for a class: test name → "pass", "fail", "error" or "skip". */
    BoardFixture report(String className, Map<String, String> cases) {
        return report("reports", className, cases);
    }

    /** The same for the second adapter. */
    BoardFixture secondReport(String className, Map<String, String> cases) {
        return report("reports-second", className, cases);
    }

    private BoardFixture report(String directory, String className, Map<String, String> cases) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuite name=\"")
                .append(className)
                .append("\" tests=\"")
                .append(cases.size())
                .append("\">\n");
        cases.forEach((name, outcome) -> {
            xml.append("  <testcase name=\"")
                    .append(name)
                    .append("\" classname=\"")
                    .append(className)
                    .append("\">");
            switch (outcome) {
                case "fail" -> xml.append("<failure message=\"expected 200\" type=\"AssertionError\"/>");
                case "error" -> xml.append("<error message=\"boom\" type=\"IllegalStateException\"/>");
                case "skip" -> xml.append("<skipped/>");
                default -> {}
            }
            xml.append("</testcase>\n");
        });
        xml.append("</testsuite>\n");
        write(directory + "/TEST-" + className + ".xml", xml.toString());
        return this;
    }

    /** Writes the proven file's lines as given ({@code ADAPTER CAPABILITY}, or the one-column form). */
    BoardFixture proven(String... lines) {
        write("conformance/proven.txt", String.join("\n", lines) + "\n");
        return this;
    }

    String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(String path, String text) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
