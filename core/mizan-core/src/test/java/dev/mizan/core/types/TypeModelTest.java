package dev.mizan.core.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.types.fixtures.Fixtures;
import dev.mizan.core.types.fixtures.Fixtures.Api;
import dev.mizan.core.types.unmarked.Loose;
import java.lang.reflect.Method;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

class TypeModelTest {

    final TypeModel model = new TypeModel(new ObjectMapper());

    static String show(NamedType type) {
        return switch (type) {
            case NamedType.RecordDef r ->
                r.name()
                        + (r.typeParams().isEmpty() ? "" : "<" + String.join(",", r.typeParams()) + ">")
                        + r.fields().stream()
                                .map(f -> f.name() + (f.optional() ? "?:" : ":") + WireType.render(f.type()))
                                .collect(Collectors.joining(", ", "{", "}"));
            case NamedType.EnumDef e -> e.name() + e.values();
            case NamedType.UnionDef u ->
                u.name() + "[" + u.discriminator() + "]"
                        + u.variants().stream()
                                .map(v -> v.tag() + "=" + WireType.render(v.type()))
                                .collect(Collectors.joining(" | ", "(", ")"));
        };
    }

    String describe(Class<?> type) {
        model.describe(type);
        return show(model.namedType(Describer.irName(type)));
    }

    static Method method(String name) {
        for (Method m : Api.class.getMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void describes_a_record_in_the_order_and_names_the_mapper_writes() {
        assertThat(describe(Fixtures.TaskDto.class))
                .isEqualTo("FixturesTaskDto{id:long, title:string, due:date?, status:FixturesStatus}");
        assertThat(show(model.namedType("FixturesStatus"))).isEqualTo("FixturesStatus[OPEN, DONE]");
    }

    @Test
    void describes_a_bean_class_through_its_getters() {
        assertThat(describe(Fixtures.Bean.class)).isEqualTo("FixturesBean{label:string, size:int}");
    }

    @Test
    void describes_nested_and_recursive_types() {
        assertThat(describe(Fixtures.TreeNode.class))
                .isEqualTo("FixturesTreeNode{label:string, children:list<FixturesTreeNode>}");
    }

    @Test
    void uses_the_wire_values_of_enums_with_json_property_and_json_value() {
        assertThat(describe(Fixtures.Priority.class)).isEqualTo("FixturesPriority[lo, hi]");
        assertThat(describe(Fixtures.Color.class)).isEqualTo("FixturesColor[red, green]");
    }

    @Test
    void keeps_generic_records_generic_and_binds_their_arguments_at_the_use() {
        WireType output = model.describeOutput(method("page"));
        assertThat(WireType.render(output)).isEqualTo("FixturesPage<FixturesTaskDto>");
        assertThat(show(model.namedType("FixturesPage"))).isEqualTo("FixturesPage<T>{items:list<T>, total:long}");
        assertThat(WireType.render(model.describeOutput(method("pair")))).isEqualTo("FixturesPair<string,list<int>>");
        assertThat(show(model.namedType("FixturesPair"))).isEqualTo("FixturesPair<A,B>{first:A, second:B?}");
    }

    @Test
    void turns_a_sealed_interface_with_json_type_info_into_a_tagged_union() {
        assertThat(describe(Fixtures.Shape.class))
                .isEqualTo("FixturesShape[kind](circle=FixturesCircle | square=FixturesSquare)");
        assertThat(show(model.namedType("FixturesCircle"))).isEqualTo("FixturesCircle{radius:double}");
    }

    @Test
    void drops_an_existing_discriminator_property_from_the_variants() {
        assertThat(describe(Fixtures.Animal.class))
                .isEqualTo("FixturesAnimal[type](cat=FixturesCat | dog=FixturesDog)");
        assertThat(show(model.namedType("FixturesDog"))).isEqualTo("FixturesDog{barks:boolean}");
    }

    @Test
    void describes_sealed_subtypes_the_mapper_finds_without_json_sub_types() {
        assertThat(describe(Fixtures.Undeclared.class))
                .isEqualTo("FixturesUndeclared[@type](Fixtures$Plain=FixturesPlain)");
    }

    @Test
    void honours_renames_ignores_inclusion_optional_and_unwrapping() {
        assertThat(describe(Fixtures.Wire.class))
                .isEqualTo("FixturesWire{display_name:string, note?:string, nickname:string?, count:int,"
                        + " home_street:string, home_city:string}");
        assertThat(describe(Fixtures.Ignored.class)).isEqualTo("FixturesIgnored{visible:string}");
    }

    @Test
    void maps_scalars_to_their_wire_kinds() {
        assertThat(describe(Fixtures.Scalars.class))
                .isEqualTo("FixturesScalars{flag:boolean, boxed:int, f:float, d:double, amount:decimal,"
                        + " big:bigint, id:uuid, date:date, time:time, at:datetime, instant:instant,"
                        + " offset:instant, duration:duration, data:bytes, json:any, anything:any, letter:string}");
    }

    @Test
    void maps_further_java_time_types_to_the_json_kind_the_mapper_writes() {
        assertThat(WireType.render(model.describe(java.time.YearMonth.class))).isEqualTo("string");
        assertThat(WireType.render(model.describe(java.time.Period.class))).isEqualTo("string");
        assertThat(WireType.render(model.describe(java.time.Year.class))).isEqualTo("int");
        assertThat(WireType.render(model.describe(java.time.ZoneOffset.class))).isEqualTo("string");
    }

    @Test
    void maps_collections_arrays_and_maps_with_their_key_kinds() {
        assertThat(describe(Fixtures.Containers.class))
                .isEqualTo("FixturesContainers{list:list<string>, set:set<int>, array:list<string>,"
                        + " holes:list<string?>, byName:map<string,FixturesTaskDto>,"
                        + " byStatus:map<FixturesStatus,long>, byId:map<uuid,string>, byNumber:map<long,string>}");
    }

    @Test
    void accepts_enum_map_keys_written_like_their_values_and_rejects_others() {
        assertThat(describe(Fixtures.ColorMap.class)).isEqualTo("FixturesColorMap{values:map<FixturesColor,int>}");
        assertThatThrownBy(() -> model.describe(Fixtures.KeyedMap.class))
                .isInstanceOf(UnsupportedTypeException.class)
                .hasMessageContaining("is written as map keys [key-ONE] but as values [ONE]");
    }

    @Test
    void makes_every_field_optional_and_non_null_when_the_mapper_omits_nulls() {
        TypeModel omitting = new TypeModel(JsonMapper.builder()
                .changeDefaultPropertyInclusion(
                        i -> i.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
                .build());
        omitting.describe(Fixtures.TaskDto.class);
        assertThat(show(omitting.namedType("FixturesTaskDto")))
                .isEqualTo("FixturesTaskDto{id:long, title:string, due?:date, status:FixturesStatus}");
    }

    @Test
    void treats_references_in_undeclared_code_as_non_null_by_default() {
        assertThat(describe(Loose.class))
                .isEqualTo("Loose{text:string, count:int, items:list<string>, sure:string, title:string, size:int,"
                        + " tags:list<string>, note:string?}");
        assertThat(model.undeclaredNullnessPackages()).containsExactly("dev.mizan.core.types.unmarked");
    }

    @Test
    void treats_references_in_undeclared_code_as_nullable_when_set_so_except_primitives_and_not_null_constraints() {
        TypeModel nullable = new TypeModel(new ObjectMapper(), DefaultNullness.NULLABLE);
        nullable.describe(Loose.class);
        assertThat(show(nullable.namedType("Loose")))
                .isEqualTo("Loose{text:string?, count:int, items:list<string?>?, sure:string, title:string,"
                        + " size:int, tags:list<string?>, note:string?}");
    }

    @Test
    void names_no_package_when_every_described_class_declares_its_nullness() {
        model.describe(Fixtures.TaskDto.class);
        assertThat(model.undeclaredNullnessPackages()).isEmpty();
    }

    @Test
    void parses_the_nullness_setting() {
        assertThat(DefaultNullness.parse("non-null")).isEqualTo(DefaultNullness.NON_NULL);
        assertThat(DefaultNullness.parse("NULLABLE")).isEqualTo(DefaultNullness.NULLABLE);
        assertThat(DefaultNullness.parse("non_null")).isEqualTo(DefaultNullness.NON_NULL);
        assertThatThrownBy(() -> DefaultNullness.parse("maybe"))
                .hasMessage("unknown nullness 'maybe' (expected non-null or nullable)");
    }

    @Test
    void describes_parameters_and_outputs_of_a_method() {
        Method create = method("create");
        assertThat(model.problems(create, i -> false)).isEmpty();
        assertThat(WireType.render(model.describe(create.getAnnotatedParameterTypes()[1], Api.class, "due")))
                .isEqualTo("date?");
        assertThat(WireType.render(model.describeOutput(method("nothing")))).isEqualTo("void");
    }

    @Test
    void reports_types_the_wire_cannot_carry_naming_the_method_and_the_type() {
        assertThat(model.problems(method("stream"), i -> false))
                .singleElement()
                .asString()
                .contains("Fixtures$Api#stream return type")
                .contains("java.util.stream.Stream is a one-shot stream");
        assertThat(model.problems(method("later"), i -> false))
                .singleElement()
                .asString()
                .contains("asynchronous result");
        assertThat(model.problems(method("iface"), i -> false))
                .singleElement()
                .asString()
                .contains("NotPolymorphic is an interface or abstract class without @JsonTypeInfo");
        assertThat(model.problems(method("raw"), i -> false))
                .singleElement()
                .asString()
                .contains("raw use of generic type");
        assertThat(model.problems(method("generic"), i -> false))
                .singleElement()
                .asString()
                .contains("type variable T is not bound");
        assertThat(model.problems(method("takesBadKey"), i -> false))
                .hasSize(2)
                .anySatisfy(p -> assertThat(p).contains("parameter 'key'").contains("map key type"))
                .anySatisfy(p -> assertThat(p).contains("parameter 'when'").contains("use java.time"));
        assertThat(model.problems(method("takesBadKey"), i -> true)).isEmpty();
        assertThatThrownBy(() -> model.validate(method("stream"), i -> false))
                .isInstanceOf(UnsupportedTypeException.class)
                .hasMessageContaining("#stream");
    }

    @Test
    void rejects_dates_when_the_mapper_writes_them_as_timestamps() {
        TypeModel timestamps = new TypeModel(JsonMapper.builder()
                .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build());
        assertThatThrownBy(() -> timestamps.describe(Fixtures.TaskDto.class))
                .isInstanceOf(UnsupportedTypeException.class)
                .hasMessageContaining("java.time.LocalDate is written by the JSON mapper as");
    }

    @Test
    void rejects_two_java_types_with_the_same_ir_name() {
        model.describe(Fixtures.Outer.Inner.class);
        assertThatThrownBy(() -> model.describe(Fixtures.OuterInner.class))
                .hasMessageContaining("two Java types have the IR name FixturesOuterInner");
    }

    @Test
    void compares_types_structurally_for_merge_slots() {
        assertThat(model.sameShape(Fixtures.SameShapeA.class, Fixtures.SameShapeB.class))
                .isTrue();
        assertThat(model.sameShape(Fixtures.SameShapeA.class, Fixtures.OtherShape.class))
                .isFalse();
        assertThat(model.sameShape(Fixtures.TreeNode.class, Fixtures.TreeNode.class))
                .isTrue();
    }
}
