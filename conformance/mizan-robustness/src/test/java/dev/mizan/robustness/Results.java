package dev.mizan.robustness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.json.JsonMapper;

/** The suite's figures, one section per run, written to {@code mizan.robustness.results} after each. */
final class Results {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> ALL = new TreeMap<>();

    private Results() {}

    static synchronized void record(String section, Map<String, Object> figures) {
        ALL.put(section, new TreeMap<>(figures));
        Path file = Path.of(System.getProperty("mizan.robustness.results", "target/robustness/results.json"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ALL) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("robustness " + section + ": " + figures);
    }
}
