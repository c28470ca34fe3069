package dev.mizan.ir.model;

import java.util.List;

/**
 * A parameter of a context.
 *
 * @param name the wire name
 * @param type its type (the same in every member that takes it)
 * @param required true iff every member takes it
 * @param sharedBy the members that take it, sorted
 */
public record IrContextParam(String name, TypeExpr type, boolean required, List<String> sharedBy) {

    public IrContextParam {
        sharedBy = List.copyOf(sharedBy);
    }
}
