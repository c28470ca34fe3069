package dev.mizan.ir.model;

/**
 * A field of a record type.
 *
 * @param name the wire (JSON property) name
 * @param type its type; nullable when the value may be null
 * @param optional true when the mapper may omit the property altogether
 */
public record IrField(String name, TypeExpr type, boolean optional) {}
