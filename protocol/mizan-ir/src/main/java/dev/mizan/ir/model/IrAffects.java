package dev.mizan.ir.model;

/**
 * One invalidation target of a mutation.
 *
 * @param target a context name, or the name of a single context function
 * @param slot true when the target is a single context function (slot-scoped invalidation)
 */
public record IrAffects(String target, boolean slot) {}
