package dev.mizan.ir.build;

import dev.mizan.core.types.NamedType;
import dev.mizan.core.types.WireType;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;

/** Converts the core type model into IR type expressions and type nodes. */
final class TypeExprs {

    private TypeExprs() {}

    static TypeExpr of(WireType type) {
        return switch (type) {
            case WireType.ScalarType s ->
                new TypeExpr.PrimType(Prim.valueOf(s.scalar().name()), s.nullable());
            case WireType.ArrayType a ->
                a.unique()
                        ? new TypeExpr.SetOf(of(a.element()), a.nullable())
                        : new TypeExpr.ListOf(of(a.element()), a.nullable());
            case WireType.MapType m -> new TypeExpr.MapOf(of(m.key()), of(m.value()), m.nullable());
            case WireType.Ref r ->
                new TypeExpr.Named(
                        r.name(), r.args().stream().map(TypeExprs::of).toList(), r.nullable());
            case WireType.Var v -> new TypeExpr.TypeVar(v.name(), v.nullable());
        };
    }

    static IrType of(NamedType type) {
        return switch (type) {
            case NamedType.RecordDef r ->
                new IrType.RecordType(
                        r.name(),
                        r.typeParams(),
                        r.fields().stream()
                                .map(f -> new IrField(f.name(), of(f.type()), f.optional()))
                                .toList());
            case NamedType.EnumDef e -> new IrType.EnumType(e.name(), e.values());
            case NamedType.UnionDef u ->
                new IrType.UnionType(
                        u.name(),
                        u.typeParams(),
                        u.discriminator(),
                        u.variants().stream()
                                .map(v -> new IrVariant(v.tag(), of(v.type())))
                                .toList());
        };
    }
}
