package dev.mizan.core.types;

import java.util.List;

/** A type with a name in the IR: a record (JSON object), an enum or a tagged union. */
public sealed interface NamedType {

    /** The IR name: the Java simple name, nested names joined ({@code Outer.Inner} → {@code OuterInner}). */
    String name();

    /** The Java class it describes. */
    Class<?> javaClass();

    /** The type parameters, in declaration order. */
    List<String> typeParams();

    /**
     * A field of a record.
     *
     * @param name the JSON property name, as the mapper writes it
     * @param type the field's wire type
     * @param optional true when the mapper may leave the property out
     */
    record Field(String name, WireType type, boolean optional) {}

    /** A JSON object with the fields the mapper writes, in the mapper's order. */
    record RecordDef(String name, Class<?> javaClass, List<String> typeParams, List<Field> fields)
            implements NamedType {
        public RecordDef {
            typeParams = List.copyOf(typeParams);
            fields = List.copyOf(fields);
        }
    }

    /** An enum written as strings: the wire values in declaration order. */
    record EnumDef(String name, Class<?> javaClass, List<String> values) implements NamedType {
        public EnumDef {
            values = List.copyOf(values);
        }

        @Override
        public List<String> typeParams() {
            return List.of();
        }
    }

    /**
     * A variant of a union.
     *
     * @param tag the discriminator value
     * @param type the variant's record type
     */
    record Variant(String tag, WireType.Ref type) {}

    /** A polymorphic type written with a discriminator property; variants sorted by tag. */
    record UnionDef(String name, Class<?> javaClass, String discriminator, List<Variant> variants)
            implements NamedType {
        public UnionDef {
            variants = List.copyOf(variants);
        }

        @Override
        public List<String> typeParams() {
            return List.of();
        }
    }
}
