package dev.mizan.core.types;

import java.util.Map;
import java.util.Set;

/** Structural equality of wire types with named types expanded, cycle-safe. */
final class ShapeEquality {

    private final Map<String, NamedType> byName;

    ShapeEquality(Map<String, NamedType> byName) {
        this.byName = byName;
    }

    boolean equal(WireType a, WireType b, Set<String> assumed) {
        if (a.nullable() != b.nullable()) {
            return false;
        }
        return switch (a) {
            case WireType.ScalarType s -> s.equals(b);
            case WireType.NumberString n -> n.equals(b);
            case WireType.Var v -> v.equals(b);
            case WireType.ArrayType x ->
                b instanceof WireType.ArrayType y
                        && x.unique() == y.unique()
                        && equal(x.element(), y.element(), assumed);
            case WireType.MapType x ->
                b instanceof WireType.MapType y
                        && equal(x.key(), y.key(), assumed)
                        && equal(x.value(), y.value(), assumed);
            case WireType.Ref x -> b instanceof WireType.Ref y && refs(x, y, assumed);
        };
    }

    private boolean refs(WireType.Ref x, WireType.Ref y, Set<String> assumed) {
        if (x.args().size() != y.args().size()) {
            return false;
        }
        for (int i = 0; i < x.args().size(); i++) {
            if (!equal(x.args().get(i), y.args().get(i), assumed)) {
                return false;
            }
        }
        if (x.name().equals(y.name()) || !assumed.add(x.name() + "=" + y.name())) {
            return true;
        }
        NamedType left = byName.get(x.name());
        NamedType right = byName.get(y.name());
        if (left == null || right == null) {
            return false;
        }
        return switch (left) {
            case NamedType.EnumDef e ->
                right instanceof NamedType.EnumDef f && e.values().equals(f.values());
            case NamedType.RecordDef r -> right instanceof NamedType.RecordDef s && fields(r, s, assumed);
            case NamedType.UnionDef u -> right instanceof NamedType.UnionDef v && variants(u, v, assumed);
        };
    }

    private boolean fields(NamedType.RecordDef r, NamedType.RecordDef s, Set<String> assumed) {
        if (r.fields().size() != s.fields().size()
                || !r.typeParams().equals(s.typeParams())
                || !java.util.Objects.equals(r.tag(), s.tag())
                || (r.additional() == null) != (s.additional() == null)
                || (r.additional() != null && !equal(r.additional(), s.additional(), assumed))) {
            return false;
        }
        for (NamedType.Field f : r.fields()) {
            NamedType.Field g = s.fields().stream()
                    .filter(x -> x.name().equals(f.name()))
                    .findFirst()
                    .orElse(null);
            if (g == null || g.optional() != f.optional() || !equal(f.type(), g.type(), assumed)) {
                return false;
            }
        }
        return true;
    }

    private boolean variants(NamedType.UnionDef u, NamedType.UnionDef v, Set<String> assumed) {
        if (!java.util.Objects.equals(u.discriminator(), v.discriminator())
                || u.variants().size() != v.variants().size()) {
            return false;
        }
        for (int i = 0; i < u.variants().size(); i++) {
            NamedType.Variant a = u.variants().get(i);
            NamedType.Variant b = v.variants().get(i);
            if (!a.tag().equals(b.tag()) || !equal(a.type(), b.type(), assumed)) {
                return false;
            }
        }
        return true;
    }
}
