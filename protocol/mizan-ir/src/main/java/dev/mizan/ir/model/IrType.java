package dev.mizan.ir.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named type of the IR: a record, an enum or a tagged union. */
public sealed interface IrType {

    /** The IR name (Java simple name, nested names joined). */
    String name();

    /** The type parameters, in declaration order; empty unless generic. */
    List<String> typeParams();

    /**
     * A JSON object with fixed fields.
     *
     * @param name the IR name
     * @param typeParams the type parameters, in declaration order
     * @param fields the fields in the order the JSON mapper writes them
     * @param tag the discriminator every value carries (a union variant), or {@code null}
     * @param additional the value type of further properties flattened into the object
     *     ({@code @JsonAnyGetter}/{@code @JsonAnySetter}), or {@code null} when there are none
     * @param shape the entity a shape record projects ({@code @Shape(Task.class)} → {@code Task}),
     *     or {@code null} for a record that is no shape
     */
    record RecordType(
            String name,
            List<String> typeParams,
            List<IrField> fields,
            @Nullable IrTag tag,
            @Nullable TypeExpr additional,
            @Nullable String shape)
            implements IrType {
        public RecordType {
            typeParams = List.copyOf(typeParams);
            fields = List.copyOf(fields);
        }

        /** A record that is no shape. */
        public RecordType(
                String name,
                List<String> typeParams,
                List<IrField> fields,
                @Nullable IrTag tag,
                @Nullable TypeExpr additional) {
            this(name, typeParams, fields, tag, additional, null);
        }

        /** A record without a tag or additional properties. */
        public RecordType(String name, List<String> typeParams, List<IrField> fields) {
            this(name, typeParams, fields, null, null);
        }
    }

    /**
     * A string enum.
     *
     * @param name the IR name
     * @param values the wire values, in declaration order
     */
    record EnumType(String name, List<String> values) implements IrType {
        public EnumType {
            values = List.copyOf(values);
        }

        @Override
        public List<String> typeParams() {
            return List.of();
        }
    }

    /**
     * A tagged union: a JSON object whose discriminator property selects the variant.
     *
     * @param name the IR name
     * @param typeParams the type parameters, in declaration order
     * @param discriminator the JSON property holding the tag; {@code null} when each value is
     *     wrapped in an object whose only key is the tag ({@code wrapped=#true}, Jackson's WRAPPER_OBJECT)
     * @param variants the variants, sorted by tag
     */
    record UnionType(
            String name, List<String> typeParams, @Nullable String discriminator, List<IrVariant> variants)
            implements IrType {
        public UnionType {
            typeParams = List.copyOf(typeParams);
            variants = List.copyOf(variants);
        }
    }
}
