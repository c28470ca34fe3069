package dev.mizan.ir.model;

import static dev.mizan.ir.model.TypeExpr.listOf;
import static dev.mizan.ir.model.TypeExpr.mapOf;
import static dev.mizan.ir.model.TypeExpr.named;
import static dev.mizan.ir.model.TypeExpr.prim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypeExprTest {

    @Test
    void parses_primitives_with_and_without_nullability() {
        assertThat(TypeExpr.parse("string")).isEqualTo(prim(Prim.STRING));
        assertThat(TypeExpr.parse("date?")).isEqualTo(prim(Prim.DATE).withNullable(true));
    }

    @Test
    void parses_nested_containers_and_generic_named_types() {
        TypeExpr parsed = TypeExpr.parse("map<string,list<Page<TaskDto?>>?>");
        TypeExpr expected = mapOf(
                prim(Prim.STRING),
                listOf(named("Page", named("TaskDto").withNullable(true))).withNullable(true));
        assertThat(parsed).isEqualTo(expected);
    }

    @Test
    void resolves_names_in_scope_as_type_variables() {
        assertThat(TypeExpr.parse("list<T>", Set.of("T"))).isEqualTo(listOf(new TypeExpr.TypeVar("T", false)));
        assertThat(TypeExpr.parse("list<T>")).isEqualTo(listOf(named("T")));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "string",
                "uuid?",
                "list<int>",
                "set<Status>?",
                "map<Status,long>",
                "map<uuid,any?>",
                "Pair<string,list<bytes>>",
                "Page<TaskDto>?"
            })
    void renders_what_it_parses(String text) {
        assertThat(TypeExpr.parse(text).render()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "list",
                "list<>",
                "list<int",
                "list<int,int>",
                "map<string>",
                "map<double,int>",
                "map<string?,int>",
                "int<string>",
                "list<int> ",
                "Foo<",
                "?",
                "Page<T>>",
                "a b"
            })
    void rejects_malformed_expressions_with_an_offset(String text) {
        assertThatThrownBy(() -> TypeExpr.parse(text))
                .isInstanceOf(TypeExprSyntaxException.class)
                .satisfies(
                        e -> assertThat(((TypeExprSyntaxException) e).offset()).isBetween(0, text.length()));
    }
}
