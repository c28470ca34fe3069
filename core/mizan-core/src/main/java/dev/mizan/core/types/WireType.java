package dev.mizan.core.types;

import java.util.List;

/**
 * The wire shape of a value: a scalar, a container, a reference to a {@link NamedType}, or a type
 * variable of the enclosing generic type. Equality is structural.
 */
public sealed interface WireType {

    /** True when the value may be null. */
    boolean nullable();

    /** The same shape with the given nullability. */
    WireType withNullable(boolean nullable);

    /** A scalar. */
    record ScalarType(Scalar scalar, boolean nullable) implements WireType {
        @Override
        public ScalarType withNullable(boolean nullable) {
            return new ScalarType(scalar, nullable);
        }
    }

    /**
     * A number the mapper writes as a JSON string holding its decimal text
     * ({@code @JsonFormat(shape = STRING)}, or BigDecimal/BigInteger under {@link WireDefaults}).
     *
     * @param scalar the numeric scalar: INT, LONG, FLOAT, DOUBLE, DECIMAL or BIGINT
     */
    record NumberString(Scalar scalar, boolean nullable) implements WireType {
        public NumberString {
            if (!scalar.isNumber()) {
                throw new IllegalArgumentException(scalar + " is not a number");
            }
        }

        @Override
        public NumberString withNullable(boolean nullable) {
            return new NumberString(scalar, nullable);
        }
    }

    /** A JSON array; {@code unique} for a Set. */
    record ArrayType(WireType element, boolean unique, boolean nullable) implements WireType {
        @Override
        public ArrayType withNullable(boolean nullable) {
            return new ArrayType(element, unique, nullable);
        }
    }

    /** A JSON object used as a map; the key is a string, int, long or uuid scalar, or an enum ref. */
    record MapType(WireType key, WireType value, boolean nullable) implements WireType {
        @Override
        public MapType withNullable(boolean nullable) {
            return new MapType(key, value, nullable);
        }
    }

    /** A reference to a named type by its IR name, with type arguments when it is generic. */
    record Ref(String name, List<WireType> args, boolean nullable) implements WireType {
        public Ref {
            args = List.copyOf(args);
        }

        @Override
        public Ref withNullable(boolean nullable) {
            return new Ref(name, args, nullable);
        }
    }

    /** A type parameter of the enclosing generic type. */
    record Var(String name, boolean nullable) implements WireType {
        @Override
        public Var withNullable(boolean nullable) {
            return new Var(name, nullable);
        }
    }

    /** Renders the IR type-expression spelling, e.g. {@code map<string,list<TaskDto?>>?}. */
    static String render(WireType type) {
        String base = switch (type) {
            case ScalarType s -> s.scalar().irName();
            case NumberString n -> "string<" + n.scalar().irName() + ">";
            case ArrayType a -> (a.unique() ? "set<" : "list<") + render(a.element()) + ">";
            case MapType m -> "map<" + render(m.key()) + "," + render(m.value()) + ">";
            case Ref r ->
                r.args().isEmpty()
                        ? r.name()
                        : r.name() + "<"
                                + String.join(
                                        ",",
                                        r.args().stream().map(WireType::render).toList()) + ">";
            case Var v -> v.name();
        };
        return type.nullable() ? base + "?" : base;
    }
}
