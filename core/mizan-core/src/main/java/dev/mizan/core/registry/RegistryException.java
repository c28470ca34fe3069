package dev.mizan.core.registry;

import java.util.List;
import java.util.stream.Collectors;

/** Startup failure: the declared functions are inconsistent. Lists every problem found. */
public final class RegistryException extends RuntimeException {

    private final List<Problem> problems;

    public RegistryException(List<Problem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in a stable order. */
    public List<Problem> problems() {
        return problems;
    }

    private static String describe(List<Problem> problems) {
        String lines = problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in Mizan server functions:\n"
                + lines;
    }
}
