package dev.mizan.ir.model;

import java.util.List;
import java.util.Set;

/**
 * A type expression (docs/ir.md "Type expressions"): the type of a param, field, output or
 * variant. Every node carries a {@code nullable} flag, written as a trailing {@code ?}.
 *
 * <p>{@link #render()} gives the canonical text; {@link #parse(String, Set)} reads it back.
 * Equality is structural, so two expressions are equal iff they render the same.
 */
public sealed interface TypeExpr {

    /** True when the value may be null ({@code ?}). */
    boolean nullable();

    /** The same expression with the given nullability. */
    TypeExpr withNullable(boolean nullable);

    /** The canonical text, e.g. {@code map<string,list<TaskDto?>>?}. */
    default String render() {
        return TypeExprText.render(this);
    }

    /**
     * Parses a type expression. A bare name that is in {@code typeVars} becomes a {@link TypeVar};
     * any other non-primitive name becomes a {@link Named} (whether it exists is the caller's check).
     *
     * @throws TypeExprSyntaxException on malformed text, with the offending character offset
     */
    static TypeExpr parse(String text, Set<String> typeVars) {
        return new TypeExprParser(text, typeVars).parseAll();
    }

    /** Parses a type expression with no type variables in scope. */
    static TypeExpr parse(String text) {
        return parse(text, Set.of());
    }

    /** A primitive: {@code string}, {@code int}, {@code any}, {@code void}, ... */
    record PrimType(Prim prim, boolean nullable) implements TypeExpr {
        @Override
        public PrimType withNullable(boolean nullable) {
            return new PrimType(prim, nullable);
        }
    }

    /**
     * {@code string<N>}: a number written as a JSON string holding its decimal text
     * ({@code @JsonFormat(shape = STRING)}; BigDecimal and BigInteger by default).
     *
     * @param number the number's kind: int, long, float, double, decimal or bigint
     */
    record NumberString(Prim number, boolean nullable) implements TypeExpr {
        public NumberString {
            if (!number.isNumber()) {
                throw new IllegalArgumentException(number.irName() + " is not a number kind");
            }
        }

        @Override
        public NumberString withNullable(boolean nullable) {
            return new NumberString(number, nullable);
        }
    }

    /** {@code list<T>}: a JSON array (List, Collection, arrays other than byte[]). */
    record ListOf(TypeExpr element, boolean nullable) implements TypeExpr {
        @Override
        public ListOf withNullable(boolean nullable) {
            return new ListOf(element, nullable);
        }
    }

    /** {@code set<T>}: a JSON array without duplicates (Set). */
    record SetOf(TypeExpr element, boolean nullable) implements TypeExpr {
        @Override
        public SetOf withNullable(boolean nullable) {
            return new SetOf(element, nullable);
        }
    }

    /** {@code map<K,V>}: a JSON object; K is string, int, long, uuid or an enum name. */
    record MapOf(TypeExpr key, TypeExpr value, boolean nullable) implements TypeExpr {
        @Override
        public MapOf withNullable(boolean nullable) {
            return new MapOf(key, value, nullable);
        }
    }

    /** A reference to a named type, with type arguments when it is generic. */
    record Named(String name, List<TypeExpr> args, boolean nullable) implements TypeExpr {
        public Named {
            args = List.copyOf(args);
        }

        /** A reference to a non-generic, non-null named type. */
        public static Named of(String name) {
            return new Named(name, List.of(), false);
        }

        @Override
        public Named withNullable(boolean nullable) {
            return new Named(name, args, nullable);
        }
    }

    /** A type parameter of the enclosing generic type. */
    record TypeVar(String name, boolean nullable) implements TypeExpr {
        @Override
        public TypeVar withNullable(boolean nullable) {
            return new TypeVar(name, nullable);
        }
    }

    /** Non-null primitive shorthand. */
    static PrimType prim(Prim prim) {
        return new PrimType(prim, false);
    }

    /** Non-null {@code list<element>}. */
    static ListOf listOf(TypeExpr element) {
        return new ListOf(element, false);
    }

    /** Non-null {@code set<element>}. */
    static SetOf setOf(TypeExpr element) {
        return new SetOf(element, false);
    }

    /** Non-null {@code map<key,value>}. */
    static MapOf mapOf(TypeExpr key, TypeExpr value) {
        return new MapOf(key, value, false);
    }

    /** Non-null named reference with type arguments. */
    static Named named(String name, TypeExpr... args) {
        return new Named(name, List.of(args), false);
    }
}
