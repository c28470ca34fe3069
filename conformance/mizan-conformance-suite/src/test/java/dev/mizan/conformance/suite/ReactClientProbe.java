package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.codegen.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * React bindings: the providers and hooks generated from the fixture's IR type-check strictly and,
 * rendered into a happy-dom document under Vitest, fetch contexts, splice a merge without a
 * refetch and refetch a mounted instance after invalidation, against the server over the wire.
 */
@ExtendWith(ConformanceServer.class)
class ReactClientProbe {

    private static Path workspace(Wire wire) {
        return ClientWorkspace.generate(
                wire,
                Target.REACT,
                "react-client",
                List.of("react-probe.test.ts", "tsconfig.json", "vitest.config.mjs"));
    }

    @Test
    void the_generated_react_bindings_type_check_strictly(Wire wire) {
        Path dir = workspace(wire);
        Path tsc = NodeTools.root().resolve("node_modules/.bin/tsc");

        NodeTools.Run run = NodeTools.run(dir, 300, tsc.toString(), "-p", "tsconfig.json");

        assertThat(run.exitCode()).as("tsc output:\n%s", run.output()).isZero();
    }

    @Test
    void the_generated_react_bindings_render_merge_and_refetch_over_the_wire(Wire wire) {
        Path dir = workspace(wire);
        Path vitest = NodeTools.root().resolve("node_modules/.bin/vitest");

        NodeTools.Run run = NodeTools.run(
                dir,
                180,
                List.of(vitest.toString(), "run", "--root", dir.toString(), "--config", "vitest.config.mjs"),
                Map.of("MIZAN_BASE_URL", wire.base().toString()));

        assertThat(run.exitCode()).as("vitest output:\n%s", run.output()).isZero();
        assertThat(run.output()).contains("1 passed");
    }
}
