package dev.mizan.core.registry;

/**
 * A resolved {@code merge} entry: the context and the one member whose output type structurally
 * equals the mutation's output type.
 */
public record MergeTarget(String context, String slot) {}
