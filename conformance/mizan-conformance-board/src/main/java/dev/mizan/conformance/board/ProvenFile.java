package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The committed record of proven capabilities ({@code conformance/proven.txt}): one
 * {@code ADAPTER CAPABILITY} pair per line, {@code #} comments. A pair listed here must stay proven.
 * A line with a capability id alone is the older one-column form and means the manifest's first
 * adapter; {@link #legacyLines} counts them so that the check can ask for a rewrite.
 */
final class ProvenFile {

    private static final String HEADER = """
            # Capabilities the conformance suite has proven, one `ADAPTER CAPABILITY` pair per line
            # (ids from capabilities.json). CI fails when one of them is no longer proven for that
            # adapter. `bin/capabilities --write` adds newly proven ones; removing one is a
            # deliberate, reviewed edit of this file.
            """;

    private ProvenFile() {}

    static Set<Proof> read(Path file, Manifest manifest) {
        Set<Proof> proofs = new LinkedHashSet<>();
        for (String line : lines(file)) {
            String[] parts = line.split("\\s+");
            if (parts.length == 1) {
                proofs.add(new Proof(manifest.firstAdapter().id(), parts[0]));
            } else if (parts.length == 2) {
                proofs.add(new Proof(parts[0], parts[1]));
            } else {
                throw new BoardException("cannot read " + file + ": '" + line + "' is not `ADAPTER CAPABILITY`");
            }
        }
        return proofs;
    }

    /** Lines in the older one-column form (a capability id without an adapter). */
    static long legacyLines(Path file) {
        return lines(file).stream()
                .filter(line -> !line.contains(" ") && !line.contains("\t"))
                .count();
    }

    private static List<String> lines(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<String> lines = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    lines.add(stripped);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new BoardException("cannot read " + file + ": " + e.getMessage());
        }
    }

    /** Writes the pairs grouped by adapter in the manifest's order, capabilities in board order, unknown ones last. */
    static void write(Path file, Set<Proof> proofs, Manifest manifest) {
        List<Proof> ordered = new ArrayList<>();
        for (Adapter adapter : manifest.adapters()) {
            for (Capability capability : manifest.capabilities()) {
                Proof proof = new Proof(adapter.id(), capability.id());
                if (proofs.contains(proof)) {
                    ordered.add(proof);
                }
            }
        }
        proofs.stream().filter(proof -> !ordered.contains(proof)).forEach(ordered::add);
        StringBuilder out = new StringBuilder(HEADER);
        ordered.forEach(proof -> out.append(proof.line()).append('\n'));
        try {
            Files.writeString(file, out.toString());
        } catch (IOException e) {
            throw new BoardException("cannot write " + file + ": " + e.getMessage());
        }
    }
}
