package dev.mizan.conformance.board;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capability manifest ({@code conformance/capabilities.json}): the adapters the board has a
 * column for, and every capability, in board order, with the probes that prove it. The same probes
 * prove a capability for every adapter; each adapter's own reports say whether they passed.
 *
 * @param adapters the board's columns, in order (the first is the one a legacy proven file meant)
 * @param capabilities every capability, in the order the board lists them
 */
public record Manifest(List<Adapter> adapters, List<Capability> capabilities) {

    public Manifest {
        if (adapters == null || adapters.isEmpty()) {
            throw new BoardException("the capability manifest names no adapter");
        }
        adapters = List.copyOf(adapters);
        capabilities = List.copyOf(capabilities);
        Set<String> adapterIds = new HashSet<>();
        for (Adapter adapter : adapters) {
            if (!adapterIds.add(adapter.id())) {
                throw new BoardException("adapter " + adapter.id() + " is listed twice in the manifest");
            }
        }
        Set<String> ids = new HashSet<>();
        for (Capability capability : capabilities) {
            if (!ids.add(capability.id())) {
                throw new BoardException("capability " + capability.id() + " is listed twice in the manifest");
            }
        }
    }

    /** Reads and validates a manifest file. */
    public static Manifest load(Path file) {
        try {
            return JsonMapper.builder().build().readValue(Files.readString(file), Manifest.class);
        } catch (IOException | JacksonException e) {
            throw new BoardException("cannot read the capability manifest " + file + ": " + e.getMessage());
        }
    }

    /** Every probe id some capability names. */
    public Set<String> claimedProbes() {
        Set<String> claimed = new HashSet<>();
        capabilities.forEach(capability -> claimed.addAll(capability.probes()));
        return claimed;
    }

    /** Whether a capability of this id exists. */
    public boolean has(String id) {
        return capabilities.stream().anyMatch(capability -> capability.id().equals(id));
    }

    /** Whether an adapter of this id exists. */
    public boolean hasAdapter(String id) {
        return adapters.stream().anyMatch(adapter -> adapter.id().equals(id));
    }

    /** The first adapter: the one a proven file in the older one-column form speaks of. */
    public Adapter firstAdapter() {
        return adapters.getFirst();
    }
}
