package dev.mizan.codegen.view;

import org.jspecify.annotations.Nullable;

/**
 * A module whose content depends only on the target, not on the IR (the runtime, the barrel).
 *
 * @param header the generated-file header comment
 * @param react true when the React bindings are generated too
 * @param bindings the module of the framework bindings other than React ({@code vue}, {@code svelte}),
 *     also the name of its binding package ({@code @mizan/vue}); {@code null} for none
 */
public record SimpleFile(
        String header, boolean react, @Nullable String bindings) {}
