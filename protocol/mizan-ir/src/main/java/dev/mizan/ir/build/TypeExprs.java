package dev.mizan.ir.build;

import dev.mizan.core.shape.Shape;
import dev.mizan.core.types.NamedType;
import dev.mizan.core.types.Scalar;
import dev.mizan.core.types.WireType;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrTag;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import org.jspecify.annotations.Nullable;

/** Converts the core type model into IR type expressions and type nodes. */
final class TypeExprs {

    private TypeExprs() {}

    static TypeExpr of(WireType type) {
        return switch (type) {
            case WireType.ScalarType s -> new TypeExpr.PrimType(prim(s.scalar()), s.nullable());
            case WireType.NumberString n -> new TypeExpr.NumberString(prim(n.scalar()), n.nullable());
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

    /** The IR primitive of a wire scalar: exhaustive, so a new scalar without a primitive does not compile. */
    static Prim prim(Scalar scalar) {
        return switch (scalar) {
            case STRING -> Prim.STRING;
            case BOOLEAN -> Prim.BOOLEAN;
            case INT -> Prim.INT;
            case LONG -> Prim.LONG;
            case FLOAT -> Prim.FLOAT;
            case DOUBLE -> Prim.DOUBLE;
            case DECIMAL -> Prim.DECIMAL;
            case BIGINT -> Prim.BIGINT;
            case UUID -> Prim.UUID;
            case DATE -> Prim.DATE;
            case TIME -> Prim.TIME;
            case DATETIME -> Prim.DATETIME;
            case INSTANT -> Prim.INSTANT;
            case DURATION -> Prim.DURATION;
            case BYTES -> Prim.BYTES;
            case ANY -> Prim.ANY;
            case VOID -> Prim.VOID;
            case UPLOAD -> Prim.UPLOAD;
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
                                .toList(),
                        r.tag() == null
                                ? null
                                : new IrTag(r.tag().property(), r.tag().value()),
                        r.additional() == null ? null : of(r.additional()),
                        shapeOf(r.javaClass()));
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

    /** The entity a {@code @Shape} record projects, by simple name; {@code null} for other records. */
    private static @Nullable String shapeOf(Class<?> type) {
        Shape shape = type.getAnnotation(Shape.class);
        return shape == null ? null : shape.value().getSimpleName();
    }
}
