package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.codegen.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Svelte bindings: the functions generated from the fixture's IR and a Svelte 5 component using
 * them type-check strictly with svelte-check and, mounted in a happy-dom document under Vitest
 * (compiled by the Svelte plugin), fetch contexts, splice a merge without a refetch and refetch a
 * mounted instance after invalidation, against the server over the wire.
 */
@ExtendWith(ConformanceServer.class)
class SvelteClientProbe {

    private static Path workspace(Wire wire) {
        return ClientWorkspace.generate(
                wire,
                Target.SVELTE,
                "svelte-client",
                List.of("svelte-probe.test.ts", "Board.svelte", "tsconfig.json", "vitest.config.mjs"));
    }

    @Test
    void the_generated_svelte_bindings_type_check_strictly_with_svelte_check(Wire wire) {
        Path dir = workspace(wire);
        // svelte-check of the Svelte type-test workspace, on its TypeScript 6 (see its README).
        Path svelteCheck =
                NodeTools.root().resolve("protocol/mizan-codegen/typetest-svelte/node_modules/.bin/svelte-check");

        NodeTools.Run run = NodeTools.run(
                dir,
                300,
                svelteCheck.toString(),
                "--workspace",
                dir.toString(),
                "--tsconfig",
                dir.resolve("tsconfig.json").toString(),
                "--fail-on-warnings",
                "--output",
                "machine");

        assertThat(run.exitCode()).as("svelte-check output:\n%s", run.output()).isZero();
        assertThat(run.output()).contains("0 ERRORS 0 WARNINGS");
    }

    @Test
    void the_generated_svelte_bindings_render_merge_and_refetch_over_the_wire(Wire wire) {
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
