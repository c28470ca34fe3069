package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.codegen.Target;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * TypeScript client, stage 1: the client generated from the fixture's IR type-checks strictly
 * against the kernel and, bundled and run under Node, calls the server over the wire (calls,
 * context fetches, CSRF, merge, error codes).
 */
@ExtendWith(ConformanceServer.class)
class TypeScriptClientProbe {

    private static Path workspace(Wire wire) {
        return ClientWorkspace.generate(wire, Target.BASE, "ts-client", List.of("probe.ts", "tsconfig.json"));
    }

    @Test
    void the_generated_client_type_checks_strictly(Wire wire) {
        Path dir = workspace(wire);
        Path tsc = NodeTools.root().resolve("node_modules/.bin/tsc");

        NodeTools.Run run = NodeTools.run(dir, 300, tsc.toString(), "-p", "tsconfig.json");

        assertThat(run.exitCode()).as("tsc output:\n%s", run.output()).isZero();
    }

    @Test
    void the_generated_client_calls_the_server_over_the_wire(Wire wire) {
        Path dir = workspace(wire);
        Path rolldown = NodeTools.root().resolve("node_modules/.bin/rolldown");
        NodeTools.require(
                NodeTools.run(
                        dir,
                        300,
                        rolldown.toString(),
                        "probe.ts",
                        "--file",
                        "probe.mjs",
                        "--format",
                        "esm",
                        "--platform",
                        "node"),
                "rolldown");

        NodeTools.Run run =
                NodeTools.run(dir, 120, "node", "probe.mjs", wire.base().toString());

        assertThat(run.exitCode())
                .as("node probe.mjs output:\n%s", run.output())
                .isZero();
        assertThat(run.output()).contains("ok");
    }
}
