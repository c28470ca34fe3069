package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.codegen.Target;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Vue bindings: the composables generated from the fixture's IR type-check strictly with vue-tsc
 * and, mounted in a Vue app in a happy-dom document under Vitest, fetch contexts, splice a merge
 * without a refetch and refetch a mounted instance after invalidation, against the server over the
 * wire.
 */
@ExtendWith(ConformanceServer.class)
class VueClientProbe {

    private static Path workspace(Wire wire) {
        return ClientWorkspace.generate(
                wire,
                Target.VUE,
                "vue-client",
                List.of("vue-probe.test.ts", "tsconfig.json", "vitest.config.mjs", "dom-setup.mjs"));
    }

    @Test
    void the_generated_vue_bindings_type_check_strictly_with_vue_tsc(Wire wire) {
        Path dir = workspace(wire);
        // vue-tsc runs on the TypeScript 6 of the Vue type-test workspace (see its README).
        Path typescript6 = NodeTools.root().resolve("protocol/mizan-codegen/typetest-vue");
        Path runner = NodeTools.root().resolve("frontends/vue-tsc.cjs");

        NodeTools.Run run = NodeTools.run(
                typescript6,
                300,
                "node",
                runner.toString(),
                "-p",
                dir.resolve("tsconfig.json").toString());

        assertThat(run.exitCode()).as("vue-tsc output:\n%s", run.output()).isZero();
    }

    @Test
    void the_generated_vue_bindings_render_merge_and_refetch_over_the_wire(Wire wire) {
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
