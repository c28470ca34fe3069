package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The committed record of proven capabilities ({@code conformance/proven.txt}): one id per line,
 * {@code #} comments. A capability listed here must stay proven.
 */
final class ProvenFile {

    private static final String HEADER = """
            # Capabilities the conformance suite has proven, one id per line (see capabilities.json).
            # CI fails when one of them is no longer proven. `bin/capabilities --write` adds newly
            # proven ones; removing one is a deliberate, reviewed edit of this file.
            """;

    private ProvenFile() {}

    static Set<String> read(Path file) {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file)) {
                String id = line.strip();
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new BoardException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes the ids in the manifest's order, unknown ids last. */
    static void write(Path file, Set<String> ids, Manifest manifest) {
        List<String> ordered = new ArrayList<>();
        manifest.capabilities().stream()
                .map(Capability::id)
                .filter(ids::contains)
                .forEach(ordered::add);
        ids.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
        StringBuilder out = new StringBuilder(HEADER);
        ordered.forEach(id -> out.append(id).append('\n'));
        try {
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new BoardException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
