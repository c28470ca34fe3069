package dev.mizan.codegen;

import java.util.List;

/**
 * What writing the generated files changed in the output directory.
 *
 * @param written files created or replaced, because their content changed
 * @param unchanged files left as they were, already holding the generated content
 * @param removed stale files of an earlier run that this run no longer generates
 */
public record WriteResult(List<String> written, List<String> unchanged, List<String> removed) {

    public WriteResult {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
    }

    /** A one-line summary, e.g. {@code 2 written, 4 unchanged, 1 removed}. */
    public String summary() {
        return written.size() + " written, " + unchanged.size() + " unchanged, " + removed.size() + " removed";
    }
}
