package dev.mizan.core.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.PermissionKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

class JcsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** RFC 8785 appendix B: IEEE 754 bit patterns and their canonical number text. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"
    })
    void writes_numbers_as_rfc_8785_appendix_b_does(String bits, String text) {
        double d = Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16));
        assertThat(Jcs.number(d)).isEqualTo(text);
    }

    @Test
    void writes_the_rfc_8785_example_in_its_canonical_form() throws Exception {
        String input = "{\"numbers\": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],"
                + " \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\","
                + " \"literals\": [null, true, false]}";
        assertThat(Jcs.canonicalize(MAPPER.readTree(input)))
                .isEqualTo("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void refuses_what_is_not_i_json() {
        assertThatThrownBy(() -> Jcs.number(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Jcs.canonicalize(StringNode.valueOf("\ud800 alone")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_key_input_names_fn_or_ctx_with_params_rev_and_perm() {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("projectId", 7);
        assertThat(CacheKeys.canonicalInput(CacheKeys.Kind.CTX, "project", params, 3, PermissionKey.STAFF))
                .isEqualTo("{\"ctx\":\"project\",\"params\":{\"projectId\":7},\"perm\":\"staff\",\"rev\":3}");
        CacheKeys keys = new CacheKeys("s".repeat(32));
        assertThat(keys.key(CacheKeys.Kind.FN, "a", params, 1, PermissionKey.ANON))
                .hasSize(64)
                .matches("[0-9a-f]+")
                .isNotEqualTo(keys.key(CacheKeys.Kind.FN, "a", params, 2, PermissionKey.ANON))
                .isNotEqualTo(keys.key(CacheKeys.Kind.FN, "a", params, 1, PermissionKey.AUTH));
    }
}
