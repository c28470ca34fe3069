package dev.mizan.jpa;

import java.util.List;

/**
 * A shape that cannot be read from its entity (an unknown attribute, an incompatible type, a cycle
 * without a depth bound): thrown at startup, naming every bad record component.
 */
public final class ShapeException extends IllegalStateException {

    private final List<String> problems;

    ShapeException(List<String> problems) {
        super("invalid shapes:\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One line per bad component: {@code Record.component: what is wrong}. */
    public List<String> problems() {
        return problems;
    }
}
