package dev.mizan.codegen.view;

/**
 * A module whose content depends only on the target, not on the IR (the runtime, the barrel).
 *
 * @param header the generated-file header comment
 * @param react true when the React bindings are generated too
 */
public record SimpleFile(String header, boolean react) {}
