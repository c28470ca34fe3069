package dev.mizan.ir.model;

/**
 * The discriminator a union variant's record carries in every value, also when the record is used
 * on its own (Jackson writes and requires it).
 *
 * @param property the discriminator property
 * @param value the variant's tag
 */
public record IrTag(String property, String value) {}
