package dev.mizan.core.types;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.types.shapes.WireShapes;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class WireShapesTest {

    final TypeModel model =
            new TypeModel(WireDefaults.apply(JsonMapper.builder()).build());

    static Method method(String name) {
        return Arrays.stream(WireShapes.Api.class.getMethods())
                .filter(m -> m.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    NamedType.RecordDef record(Class<?> type) {
        model.describe(type);
        return (NamedType.RecordDef) model.namedType(Describer.irName(type));
    }

    @Test
    void a_variant_used_on_its_own_carries_its_discriminator() {
        assertThat(record(WireShapes.Dot.class).tag()).isEqualTo(new NamedType.Tag("kind", "dot"));
        assertThat(record(WireShapes.Dot.class).fields())
                .extracting(NamedType.Field::name)
                .containsExactly("x");
    }

    @Test
    void numbers_written_as_strings_are_number_strings() {
        assertThat(record(WireShapes.Ids.class).fields())
                .extracting(f -> WireType.render(f.type()))
                .containsExactly("string<long>", "list<string<decimal>>");
    }

    @Test
    void any_getter_properties_are_flattened_not_nested() {
        NamedType.RecordDef bag = record(WireShapes.Bag.class);
        assertThat(bag.fields()).extracting(NamedType.Field::name).containsExactly("name");
        assertThat(WireType.render(bag.additional())).isEqualTo("long");
    }

    @Test
    void raw_values_are_any_json_and_cannot_be_taken_as_input() {
        assertThat(WireType.render(
                        record(WireShapes.Raw.class).fields().getFirst().type()))
                .isEqualTo("any");
        assertThat(model.problems(method("rawOut"), i -> false)).isEmpty();
        assertThat(model.problems(method("rawIn"), i -> false))
                .singleElement()
                .asString()
                .contains("parameter 'raw'", "@JsonRawValue", "only be returned");
    }

    @Test
    void wrapper_object_unions_are_described_and_their_variants_refused_on_their_own() {
        model.describe(WireShapes.Wrapped.class);
        NamedType.UnionDef union = (NamedType.UnionDef) model.namedType("WireShapesWrapped");
        assertThat(union.discriminator()).isNull();
        assertThat(union.variants()).extracting(NamedType.Variant::tag).containsExactly("boxed");
        assertThat(model.problems(method("boxedIn"), i -> false))
                .singleElement()
                .asString()
                .contains("WRAPPER_OBJECT union used on its own");
    }

    @Test
    void maps_keyed_by_dates_are_iso_keyed() {
        assertThat(WireType.render(
                        record(WireShapes.Dated.class).fields().getFirst().type()))
                .isEqualTo("map<date,int>");
    }

    @Test
    void big_numbers_are_json_numbers_when_the_default_is_off() {
        TypeModel plain = new TypeModel(JsonMapper.builder().build());
        plain.describe(WireShapes.Ids.class);
        NamedType.RecordDef ids = (NamedType.RecordDef) plain.namedType("WireShapesIds");
        assertThat(ids.fields())
                .extracting(f -> WireType.render(f.type()))
                .containsExactly("string<long>", "list<decimal>");
    }
}
