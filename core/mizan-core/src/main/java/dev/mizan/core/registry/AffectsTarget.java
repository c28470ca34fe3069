package dev.mizan.core.registry;

import org.jspecify.annotations.Nullable;

/**
 * A resolved {@code affects} entry: a whole context, or one of its members when {@code affects}
 * named a single context function.
 *
 * @param context the affected context
 * @param slot the member function's name when slot-scoped, else {@code null}
 */
public record AffectsTarget(String context, @Nullable String slot) {}
