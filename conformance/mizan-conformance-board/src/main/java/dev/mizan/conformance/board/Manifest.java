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
 * The capability manifest ({@code conformance/capabilities.json}): every capability, in board order,
 * with the probes that prove it.
 *
 * @param adapter the server the board describes, used as the status column's heading
 * @param capabilities every capability, in the order the board lists them
 */
public record Manifest(String adapter, List<Capability> capabilities) {

    public Manifest {
        capabilities = List.copyOf(capabilities);
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
}
