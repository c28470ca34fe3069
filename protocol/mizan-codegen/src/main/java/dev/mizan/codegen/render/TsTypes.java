package dev.mizan.codegen.render;

import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Maps IR type expressions to TypeScript type expressions, recording which named types and
 * kernel names the rendered text refers to (so a file imports exactly what it uses). The answer
 * form spells named types by their IR names; the {@link #input() input form} by the names of
 * their {@link InputForms input forms}.
 */
final class TsTypes {

    private final IrIndex ir;
    private final @Nullable InputForms forms;

    TsTypes(IrIndex ir) {
        this(ir, null);
    }

    private TsTypes(IrIndex ir, @Nullable InputForms forms) {
        this.ir = ir;
        this.forms = forms;
    }

    /** The same mapping for what requests send: named types in their input forms. */
    TsTypes input(InputForms inputForms) {
        return new TsTypes(ir, inputForms);
    }

    /** The IR index the types are resolved in. */
    IrIndex index() {
        return ir;
    }

    /** The TypeScript type of a value of {@code type}; adds referenced names to {@code uses}. */
    String render(TypeExpr type, Uses uses) {
        String base = base(type, uses);
        if (!type.nullable() || isNullableAlready(type)) {
            return base;
        }
        return base + " | null";
    }

    private static boolean isNullableAlready(TypeExpr type) {
        return type instanceof TypeExpr.PrimType p && (p.prim() == Prim.ANY || p.prim() == Prim.VOID);
    }

    private String base(TypeExpr type, Uses uses) {
        return switch (type) {
            case TypeExpr.PrimType p -> prim(p.prim(), uses);
            case TypeExpr.NumberString n -> numberString(n.number());
            case TypeExpr.ListOf l -> array(l.element(), uses);
            case TypeExpr.SetOf s -> array(s.element(), uses);
            case TypeExpr.MapOf m -> map(m, uses);
            case TypeExpr.Named n -> named(n, uses);
            case TypeExpr.TypeVar v -> v.name();
        };
    }

    private static String prim(Prim prim, Uses uses) {
        return switch (prim) {
            case STRING, UUID, DATE, TIME, DATETIME, INSTANT, DURATION, BYTES -> "string";
            case BOOLEAN -> "boolean";
            case INT, LONG, FLOAT, DOUBLE, DECIMAL, BIGINT -> "number";
            case ANY -> {
                uses.kernel().add("Json");
                yield "Json";
            }
            case VOID -> "void";
            case UPLOAD -> "File | Blob";
        };
    }

    /**
     * A number written as a string: a template-literal type, so only numeric text is assignable
     * and arithmetic on it does not type-check as a number.
     */
    private static String numberString(Prim number) {
        return switch (number) {
            case INT, LONG, BIGINT -> "`${bigint}`";
            case FLOAT, DOUBLE, DECIMAL -> "`${number}`";
            case STRING, BOOLEAN, UUID, DATE, TIME, DATETIME, INSTANT, DURATION, BYTES, ANY, VOID, UPLOAD ->
                throw new IllegalArgumentException(number.irName() + " is not a number kind");
        };
    }

    private String array(TypeExpr element, Uses uses) {
        String inner = render(element, uses);
        return needsParens(element) ? "(" + inner + ")[]" : inner + "[]";
    }

    private static boolean needsParens(TypeExpr element) {
        return (element.nullable() && !isNullableAlready(element))
                || (element instanceof TypeExpr.PrimType p && p.prim() == Prim.UPLOAD);
    }

    private String map(TypeExpr.MapOf map, Uses uses) {
        String value = render(map.value(), uses);
        if (map.key() instanceof TypeExpr.Named key && ir.type(key.name()) instanceof IrType.EnumType) {
            uses.types().add(key.name());
            return "Partial<Record<" + key.name() + ", " + value + ">>";
        }
        return "Record<string, " + value + ">";
    }

    private String named(TypeExpr.Named named, Uses uses) {
        String name = forms == null ? named.name() : forms.inputName(named.name());
        uses.types().add(name);
        if (named.args().isEmpty()) {
            return name;
        }
        return name + named.args().stream().map(a -> render(a, uses)).collect(Collectors.joining(", ", "<", ">"));
    }

    /**
     * What rendered types refer to.
     *
     * @param types IR type names (imported from the types module)
     * @param kernel names imported from the kernel ({@code Json})
     */
    record Uses(Set<String> types, Set<String> kernel) {
        static Uses create() {
            return new Uses(new java.util.TreeSet<>(), new java.util.TreeSet<>());
        }
    }
}
