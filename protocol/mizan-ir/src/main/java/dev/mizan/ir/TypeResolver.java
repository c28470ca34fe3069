package dev.mizan.ir;

import dev.mizan.ir.kdl.KdlPosition;
import dev.mizan.ir.kdl.KdlValue;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import dev.mizan.ir.model.TypeExprSyntaxException;
import java.util.Map;
import java.util.Set;

/** Parses the type expressions of an IR text and checks every name against the declared types. */
final class TypeResolver {

    /** What the resolver needs to know of a declared type. */
    record Header(String kind, int arity) {}

    private final Map<String, Header> declared;

    TypeResolver(Map<String, Header> declared) {
        this.declared = declared;
    }

    /** Resolves a value type (anything but an output): {@code void} is not allowed. */
    TypeExpr value(KdlValue.KdlString text, Set<String> typeVars) {
        TypeExpr type = parse(text, typeVars);
        check(type, text.position(), true);
        return type;
    }

    /** Resolves an output type: {@code void} is allowed at the top. */
    TypeExpr output(KdlValue.KdlString text) {
        TypeExpr type = parse(text, Set.of());
        check(type, text.position(), !(type instanceof TypeExpr.PrimType p && p.prim() == Prim.VOID));
        return type;
    }

    private TypeExpr parse(KdlValue.KdlString text, Set<String> typeVars) {
        try {
            return TypeExpr.parse(text.value(), typeVars);
        } catch (TypeExprSyntaxException e) {
            KdlPosition at = text.position();
            throw new IrException("bad type expression: " + e.getMessage(), at.line(), at.column());
        }
    }

    private void check(TypeExpr type, KdlPosition at, boolean noVoid) {
        switch (type) {
            case TypeExpr.PrimType p -> {
                if (noVoid && p.prim() == Prim.VOID) {
                    throw KdlAccess.error("'void' is only allowed as a function output", at);
                }
            }
            case TypeExpr.NumberString n -> {}
            case TypeExpr.ListOf l -> check(l.element(), at, true);
            case TypeExpr.SetOf s -> check(s.element(), at, true);
            case TypeExpr.MapOf m -> {
                if (m.key() instanceof TypeExpr.Named key) {
                    Header header = header(key.name(), at);
                    if (!header.kind().equals("enum")) {
                        throw KdlAccess.error("map key type " + key.name() + " is not an enum", at);
                    }
                }
                check(m.value(), at, true);
            }
            case TypeExpr.Named n -> {
                Header header = header(n.name(), at);
                if (header.arity() != n.args().size()) {
                    throw KdlAccess.error(
                            "type " + n.name() + " takes " + header.arity() + " type arguments, got "
                                    + n.args().size(),
                            at);
                }
                n.args().forEach(arg -> check(arg, at, true));
            }
            case TypeExpr.TypeVar v -> {}
        }
    }

    private Header header(String name, KdlPosition at) {
        Header header = declared.get(name);
        if (header == null) {
            throw KdlAccess.error("unknown type '" + name + "'", at);
        }
        return header;
    }
}
