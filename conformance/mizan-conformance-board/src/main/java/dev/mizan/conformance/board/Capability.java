package dev.mizan.conformance.board;

import java.util.List;

/**
 * One capability of the board and the probes that prove it.
 *
 * @param id stable identifier, as listed in the proven file
 * @param group the board section (protocol core, edge and cache, extension points, client targets)
 * @param title what the README calls it
 * @param probes probe ids ({@code ProbeClass#method}); empty means nothing proves it yet
 */
public record Capability(String id, String group, String title, List<String> probes) {
    public Capability {
        probes = List.copyOf(probes);
    }
}
