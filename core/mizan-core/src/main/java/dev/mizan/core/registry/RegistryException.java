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

    /**
     * The count only: frameworks log {@code toString()} of a failed startup on the way out (Spring's
     * "cancelling refresh attempt"), while the list itself is reported once, by the framework's
     * failure report or by whoever reads {@link #getMessage()} or {@link #problems()}.
     */
    @Override
    public String toString() {
        return getClass().getName() + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
                + " in Mizan server functions (listed in the failure report)";
    }

    private static String describe(List<Problem> problems) {
        String lines = problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n"));
        return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in Mizan server functions:\n"
                + lines;
    }
}
