package dev.mizan.core.types;

import java.util.List;
import org.jspecify.annotations.Nullable;

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

    /**
     * The type id Jackson writes into every value of a concrete subtype of a polymorphic type,
     * also when the subtype is used on its own.
     *
     * @param property the discriminator property
     * @param value the subtype's discriminator value
     */
    record Tag(String property, String value) {}

    /**
     * A JSON object with the fields the mapper writes, in the mapper's order.
     *
     * @param tag the discriminator every value carries, or {@code null}
     * @param additional the value type of properties beyond the fields ({@code @JsonAnyGetter} /
     *     {@code @JsonAnySetter}, flattened into the object), or {@code null} when there are none
     */
    record RecordDef(
            String name,
            Class<?> javaClass,
            List<String> typeParams,
            List<Field> fields,
            @Nullable Tag tag,
            @Nullable WireType additional)
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

    /**
     * A polymorphic type; variants sorted by tag.
     *
     * @param discriminator the property holding the tag, or {@code null} when each value is wrapped
     *     in an object with the tag as its only key ({@code JsonTypeInfo.As.WRAPPER_OBJECT})
     */
    record UnionDef(
            String name,
            Class<?> javaClass,
            List<String> typeParams,
            @Nullable String discriminator,
            List<Variant> variants)
            implements NamedType {
        public UnionDef {
            typeParams = List.copyOf(typeParams);
            variants = List.copyOf(variants);
        }
    }
}
