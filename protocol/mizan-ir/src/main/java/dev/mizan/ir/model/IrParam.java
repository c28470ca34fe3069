package dev.mizan.ir.model;

/**
 * One wire parameter of a function.
 *
 * @param name the wire name (the Java parameter name)
 * @param type its type
 * @param optional true when the argument may be omitted (the server binds it as null or empty)
 */
public record IrParam(String name, TypeExpr type, boolean optional) {}
