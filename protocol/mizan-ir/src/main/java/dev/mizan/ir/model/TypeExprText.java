package dev.mizan.ir.model;

import java.util.stream.Collectors;

/** Renders type expressions as canonical text. */
final class TypeExprText {

    private TypeExprText() {}

    static String render(TypeExpr type) {
        String base = switch (type) {
            case TypeExpr.PrimType p -> p.prim().irName();
            case TypeExpr.NumberString n -> "string<" + n.number().irName() + ">";
            case TypeExpr.ListOf l -> "list<" + render(l.element()) + ">";
            case TypeExpr.SetOf s -> "set<" + render(s.element()) + ">";
            case TypeExpr.MapOf m -> "map<" + render(m.key()) + "," + render(m.value()) + ">";
            case TypeExpr.Named n ->
                n.args().isEmpty()
                        ? n.name()
                        : n.name()
                                + n.args().stream()
                                        .map(TypeExprText::render)
                                        .collect(Collectors.joining(",", "<", ">"));
            case TypeExpr.TypeVar v -> v.name();
        };
        return type.nullable() ? base + "?" : base;
    }
}
