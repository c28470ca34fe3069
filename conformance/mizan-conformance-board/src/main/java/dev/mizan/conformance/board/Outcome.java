package dev.mizan.conformance.board;

/** How a probe ended in the test reports. Only {@link #PASSED} proves anything. */
public enum Outcome {
    PASSED,
    SKIPPED,
    FAILED;

    /** The outcome of a probe that ran several times (repeated or parameterized): the worst one. */
    Outcome and(Outcome other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
