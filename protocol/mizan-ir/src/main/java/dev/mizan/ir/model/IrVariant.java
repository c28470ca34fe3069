package dev.mizan.ir.model;

/**
 * A variant of a tagged union.
 *
 * @param tag the discriminator value on the wire
 * @param type the variant's record type (a {@link TypeExpr.Named})
 */
public record IrVariant(String tag, TypeExpr type) {}
