package dev.mizan.codegen.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The declaration of one IR type in the types module. */
public sealed interface TypeDeclView {

    /** The type name. */
    String name();

    /**
     * A record: an object type with its fields in wire order (a type alias, so values stay assignable to {@code Json}).
     *
     * @param name the type name
     * @param doc the TSDoc line of an input form, or {@code null} for the answer form
     * @param typeParams {@code <T, U>} for a generic record, else empty
     * @param fields the fields (a variant's tag first, as a literal-typed field)
     * @param indexType the type of the index signature for flattened further properties, or
     *     {@code null} when the object has none
     */
    record RecordView(
            String name,
            @Nullable String doc,
            String typeParams,
            List<FieldView> fields,
            @Nullable String indexType) implements TypeDeclView {
        public RecordView {
            fields = List.copyOf(fields);
        }
    }

    /**
     * An enum: a union of string literals and a constant listing them.
     *
     * @param name the type name
     * @param valuesConst the name of the constant listing every value
     * @param literals the values as string literals, in declaration order
     */
    record EnumView(String name, String valuesConst, List<String> literals) implements TypeDeclView {
        public EnumView {
            literals = List.copyOf(literals);
        }
    }

    /**
     * A tagged union: one intersection of tag and record per variant.
     *
     * @param name the type name
     * @param doc the TSDoc line of an input form, or {@code null} for the answer form
     * @param typeParams {@code <T>} for a generic union, else empty
     * @param discriminatorKey the tag property key, or {@code null} when each value is wrapped in an
     *     object whose only key is the tag
     * @param variants the variants, sorted by tag
     */
    record UnionView(
            String name,
            @Nullable String doc,
            String typeParams,
            @Nullable String discriminatorKey,
            List<VariantView> variants)
            implements TypeDeclView {
        public UnionView {
            variants = List.copyOf(variants);
        }
    }

    /**
     * One variant of a union.
     *
     * @param tagLiteral the tag as a string literal
     * @param tagKey the tag as a property key (the key of a wrapper object)
     * @param type the variant's record type
     */
    record VariantView(String tagLiteral, String tagKey, String type) {}
}
