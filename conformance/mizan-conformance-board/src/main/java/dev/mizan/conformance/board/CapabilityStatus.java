package dev.mizan.conformance.board;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a capability stands given the probe results.
 *
 * @param capability the capability
 * @param passed its probes that ran and passed
 * @param failed its probes that ran and failed or were skipped
 * @param missing its probes no report mentions
 */
public record CapabilityStatus(Capability capability, List<String> passed, List<String> failed, List<String> missing) {

    public CapabilityStatus {
        passed = List.copyOf(passed);
        failed = List.copyOf(failed);
        missing = List.copyOf(missing);
    }

    /** Sorts a capability's probes by their outcome. */
    public static CapabilityStatus of(Capability capability, ProbeResults results) {
        List<String> passed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String probe : capability.probes()) {
            Outcome outcome = results.outcome(probe);
            if (outcome == null) {
                missing.add(probe);
            } else if (outcome == Outcome.PASSED) {
                passed.add(probe);
            } else {
                failed.add(probe);
            }
        }
        return new CapabilityStatus(capability, passed, failed, missing);
    }

    /** Proven: it has probes, and every one of them ran and passed. */
    public boolean proven() {
        return !capability.probes().isEmpty() && failed.isEmpty() && missing.isEmpty();
    }

    /** Why it is not proven, for check messages. */
    public String reason() {
        if (capability.probes().isEmpty()) {
            return "no probe";
        }
        List<String> parts = new ArrayList<>();
        if (!failed.isEmpty()) {
            parts.add("failed " + String.join(", ", failed));
        }
        if (!missing.isEmpty()) {
            parts.add("not run " + String.join(", ", missing));
        }
        return parts.isEmpty() ? "proven" : String.join("; ", parts);
    }
}
