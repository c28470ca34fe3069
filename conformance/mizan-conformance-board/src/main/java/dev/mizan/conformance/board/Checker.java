package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Holds the README table and the proven file to the probe results: {@link #check()} lists every
 * disagreement, {@link #write()} regenerates what may be regenerated.
 */
public final class Checker {

    private final BoardFiles files;

    public Checker(BoardFiles files) {
        this.files = files;
    }

    /** Every reason CI must fail; empty when the README and the proven file tell the truth. */
    public List<String> check() {
        Manifest manifest = Manifest.load(files.manifest());
        ProbeResults results = ProbeResults.read(files.reports());
        Board board = Board.of(manifest, results);
        List<String> problems = new ArrayList<>(regressions(board, manifest));
        for (String id : board.provenIds()) {
            if (!ProvenFile.read(files.proven()).contains(id)) {
                problems.add("capability " + id + " is newly proven: record it with bin/capabilities --write");
            }
        }
        for (String probe : results.probes()) {
            if (!manifest.claimedProbes().contains(probe)) {
                problems.add("probe " + probe + " proves nothing: name it under a capability in the manifest");
            }
        }
        if (!ReadmeSection.extract(readme()).equals(board.render())) {
            problems.add("the README capability table differs from the probe results: run bin/capabilities --write");
        }
        return problems;
    }

    /**
     * Rewrites the README table and adds newly proven capabilities to the proven file. Returns the
     * regressions it may not paper over (proven capabilities that no longer are), which stay in the
     * proven file.
     */
    public List<String> write() {
        Manifest manifest = Manifest.load(files.manifest());
        Board board = Board.of(manifest, ProbeResults.read(files.reports()));
        Set<String> proven = new LinkedHashSet<>(ProvenFile.read(files.proven()));
        proven.addAll(board.provenIds());
        ProvenFile.write(files.proven(), proven, manifest);
        try {
            Files.writeString(files.readme(), ReadmeSection.replace(readme(), board.render()));
        } catch (IOException e) {
            throw new BoardException("cannot write " + files.readme() + ": " + e.getMessage());
        }
        return regressions(board, manifest);
    }

    private List<String> regressions(Board board, Manifest manifest) {
        List<String> problems = new ArrayList<>();
        for (String id : ProvenFile.read(files.proven())) {
            if (!manifest.has(id)) {
                problems.add("capability " + id + " is recorded as proven but is not in the manifest");
            } else if (!board.status(id).proven()) {
                problems.add("capability " + id + " was proven and no longer is: "
                        + board.status(id).reason());
            }
        }
        return problems;
    }

    private String readme() {
        try {
            return Files.readString(files.readme());
        } catch (IOException e) {
            throw new BoardException("cannot read " + files.readme() + ": " + e.getMessage());
        }
    }
}
