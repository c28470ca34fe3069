package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Holds the README table and the proven file to the probe results of every adapter:
 * {@link #check()} lists every disagreement, {@link #write()} regenerates what may be regenerated.
 */
public final class Checker {

    private final BoardFiles files;

    public Checker(BoardFiles files) {
        this.files = files;
    }

    /** Every reason CI must fail; empty when the README and the proven file tell the truth. */
    public List<String> check() {
        Manifest manifest = Manifest.load(files.manifest());
        Map<String, ProbeResults> results = results(manifest);
        Board board = Board.of(manifest, results);
        List<String> problems = new ArrayList<>(regressions(board, manifest));
        Set<Proof> recorded = ProvenFile.read(files.proven(), manifest);
        for (Proof proof : board.proofs()) {
            if (!recorded.contains(proof)) {
                problems.add("capability " + proof.capability() + " is newly proven on " + title(manifest, proof)
                        + ": record it with bin/capabilities --write");
            }
        }
        long legacy = ProvenFile.legacyLines(files.proven());
        if (legacy > 0) {
            problems.add(files.proven().getFileName() + " has " + legacy
                    + " line(s) without an adapter (the one-column form): run bin/capabilities --write");
        }
        Set<String> stray = new LinkedHashSet<>();
        results.values()
                .forEach(r -> r.probes().stream()
                        .filter(probe -> !manifest.claimedProbes().contains(probe))
                        .forEach(stray::add));
        stray.forEach(probe ->
                problems.add("probe " + probe + " proves nothing: name it under a capability in the manifest"));
        if (!ReadmeSection.extract(readme()).equals(board.render())) {
            problems.add("the README capability table differs from the probe results: run bin/capabilities --write");
        }
        return problems;
    }

    /**
     * Rewrites the README table and adds newly proven capabilities to the proven file (in the
     * per-adapter form). Returns the regressions it may not paper over (proven capabilities that no
     * longer are), which stay in the proven file.
     */
    public List<String> write() {
        Manifest manifest = Manifest.load(files.manifest());
        Board board = Board.of(manifest, results(manifest));
        Set<Proof> proven = new LinkedHashSet<>(ProvenFile.read(files.proven(), manifest));
        proven.addAll(board.proofs());
        ProvenFile.write(files.proven(), proven, manifest);
        try {
            Files.writeString(files.readme(), ReadmeSection.replace(readme(), board.render()));
        } catch (IOException e) {
            throw new BoardException("cannot write " + files.readme() + ": " + e.getMessage());
        }
        return regressions(board, manifest);
    }

    /**
     * Each adapter's results. An adapter whose report directory does not exist has run no probe
     * (its column is all ✗, and any capability recorded as proven for it fails the check); when no
     * adapter has reports, nothing ran and that is an error, not a pass.
     */
    private Map<String, ProbeResults> results(Manifest manifest) {
        Map<String, ProbeResults> results = new LinkedHashMap<>();
        List<String> absent = new ArrayList<>();
        for (Adapter adapter : manifest.adapters()) {
            Path reports = files.reports(adapter);
            if (Files.isDirectory(reports)) {
                results.put(adapter.id(), ProbeResults.read(reports));
            } else {
                absent.add(reports.toString());
            }
        }
        if (results.isEmpty()) {
            throw new BoardException(
                    "no probe reports at " + String.join(" or ", absent) + ": run the conformance suite first");
        }
        return results;
    }

    private List<String> regressions(Board board, Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (Proof proof : ProvenFile.read(files.proven(), manifest)) {
            if (!manifest.hasAdapter(proof.adapter())) {
                problems.add(
                        "adapter " + proof.adapter() + " is recorded in the proven file but is not in the manifest");
            } else if (!manifest.has(proof.capability())) {
                problems.add("capability " + proof.capability() + " is recorded as proven but is not in the manifest");
            } else {
                CapabilityStatus status = board.status(proof.adapter(), proof.capability());
                if (!status.proven()) {
                    problems.add("capability " + proof.capability() + " was proven on " + title(manifest, proof)
                            + " and no longer is: " + status.reason());
                }
            }
        }
        return problems;
    }

    private static String title(Manifest manifest, Proof proof) {
        return manifest.adapters().stream()
                .filter(adapter -> adapter.id().equals(proof.adapter()))
                .map(Adapter::title)
                .findFirst()
                .orElse(proof.adapter());
    }

    private String readme() {
        try {
            return Files.readString(files.readme());
        } catch (IOException e) {
            throw new BoardException("cannot read " + files.readme() + ": " + e.getMessage());
        }
    }
}
