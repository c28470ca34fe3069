package dev.mizan.ir.kdl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KdlParserTest {

    @Test
    void records_the_line_and_column_of_nodes_and_values() {
        KdlDocument doc = Kdl.parse("a\n  b 1 key=\"v\" {\n    c\n  }\n");
        KdlNode b = doc.nodes().get(1);
        assertThat(b.position()).isEqualTo(new KdlPosition(2, 3));
        assertThat(b.args().getFirst().position()).isEqualTo(new KdlPosition(2, 5));
        assertThat(b.prop("key").position()).isEqualTo(new KdlPosition(2, 11));
        assertThat(b.children().getFirst().position()).isEqualTo(new KdlPosition(3, 5));
    }

    @Test
    void names_line_and_column_of_an_unterminated_string() {
        assertThatThrownBy(() -> Kdl.parse("node\nnode \"abc"))
                .isInstanceOf(KdlException.class)
                .hasMessage("unterminated string at line 2, column 6");
    }

    @Test
    void names_line_and_column_of_a_bare_keyword() {
        assertThatThrownBy(() -> Kdl.parse("node\r\n  x true"))
                .hasMessage("'true' must be written #true (or quoted, as a string) at line 2, column 5");
    }

    @Test
    void rejects_absurdly_deep_nesting_with_a_position_instead_of_overflowing_the_stack() {
        String deep = "n {".repeat(10_000);
        assertThatThrownBy(() -> Kdl.parse(deep))
                .isInstanceOf(KdlException.class)
                .hasMessage("children blocks are nested deeper than 256 levels at line 1, column 771");
    }

    @Test
    void rejects_bytes_that_are_not_utf8() {
        byte[] bytes = {'n', (byte) 0xC3, '(', '\n'};
        assertThatThrownBy(() -> Kdl.parse(bytes))
                .isInstanceOf(KdlException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void keeps_the_rightmost_of_duplicate_properties_in_its_position() {
        KdlNode node = Kdl.parse("n a=1 b=2 a=3").nodes().getFirst();
        assertThat(node.props().keySet()).containsExactly("b", "a");
        assertThat(((KdlValue.KdlNumber) node.prop("a")).bigInteger()).isEqualTo(3);
    }

    @Test
    void prints_strings_bare_only_where_kdl_allows() {
        KdlNode node = KdlNode.of(
                "n",
                java.util.List.of(
                        KdlValue.KdlString.of("list<T>"),
                        KdlValue.KdlString.of("date?"),
                        KdlValue.KdlString.of("a b"),
                        KdlValue.KdlString.of("12"),
                        KdlValue.KdlString.of("true"),
                        KdlValue.KdlString.of("")),
                java.util.Map.of(),
                java.util.List.of());
        assertThat(Kdl.print(new KdlDocument(java.util.List.of(node))))
                .isEqualTo("n list<T> date? \"a b\" \"12\" \"true\" \"\"\n");
    }

    @Test
    void round_trips_printed_output_byte_for_byte() {
        String text = "a (t)\"x y\" 0x1F 1.5e3 #null k=#false {\n    b \"tab\\there\"\n}\n";
        String once = Kdl.print(Kdl.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(Kdl.print(Kdl.parse(once))).isEqualTo(once);
        assertThat(once).isEqualTo("a (t)\"x y\" 31 1.5E+3 #null k=#false {\n    b \"tab\\there\"\n}\n");
    }
}
