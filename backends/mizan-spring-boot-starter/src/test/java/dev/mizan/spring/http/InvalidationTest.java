package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The three scoping tiers, slot scoping, merges and the X-Mizan-Invalidate header (MIZAN.md §2–§3). */
class InvalidationTest extends ServerTest {

    @Test
    void scopes_by_the_mutation_argument_first() {
        Browser.Answer answer = anonymous()
                .call("add_item", "{\"shopId\": 3, \"item\": {\"name\": \"Go\", \"kind\": \"GAME\", \"price\": 2.5}}");
        assertThat(answer.json().get("invalidate").toString())
                .isEqualTo("[{\"context\":\"shop\",\"params\":{\"shopId\":3}}]");
        assertThat(answer.header("X-Mizan-Invalidate")).isEqualTo("shop?shopId=3");
        assertHeaderMatchesBody(answer);
    }

    @Test
    void scopes_by_the_result_when_no_argument_matches() {
        Browser.Answer answer = anonymous().call("remove_item", "{\"itemId\": 1234}");
        assertThat(answer.json().get("invalidate").toString())
                .isEqualTo("[{\"context\":\"shop\",\"params\":{\"shopId\":12}}]");
        assertHeaderMatchesBody(answer);
    }

    @Test
    void invalidates_every_instance_when_neither_matches_and_scopes_single_functions_to_their_slot() {
        Browser.Answer answer = anonymous().call("clear_all", "{\"reason\": \"spring cleaning\"}");
        assertThat(answer.json().get("invalidate").toString())
                .isEqualTo(
                        "[{\"context\":\"shop\"},{\"context\":\"shop\",\"slot\":\"items\"},{\"context\":\"global\"}]");
        assertThat(answer.header("X-Mizan-Invalidate")).isEqualTo("shop,shop#items,global");
        assertThat(answer.json().has("result")).isTrue();
        assertThat(answer.result().isNull()).isTrue();
        assertHeaderMatchesBody(answer);

        Browser.Answer slot = anonymous().call("new_motd", "{\"text\": \"hi\"}");
        assertThat(slot.json().get("invalidate").toString()).isEqualTo("[{\"context\":\"global\",\"slot\":\"motd\"}]");
        assertThat(slot.header("X-Mizan-Invalidate")).isEqualTo("global#motd");
    }

    @Test
    void merges_the_result_into_the_structurally_matching_slot_with_scoped_params() {
        Browser.Answer answer = anonymous()
                .call("add_item", "{\"shopId\": 3, \"item\": {\"name\": \"Go\", \"kind\": \"GAME\", \"price\": 2.5}}");
        assertThat(answer.json().get("merge").toString())
                .isEqualTo(
                        "[{\"context\":\"shop\",\"slot\":\"featured\",\"value\":"
                                + "{\"shopId\":3,\"name\":\"Go\",\"kind\":\"GAME\",\"price\":\"2.5\"},\"params\":{\"shopId\":3}}]");
        assertThat(answer.result().toString())
                .isEqualTo("{\"shopId\":3,\"name\":\"Go\",\"kind\":\"GAME\",\"price\":\"2.5\"}");
    }

    @Test
    void leaves_out_invalidate_merge_and_the_header_when_nothing_is_affected() {
        Browser.Answer answer = anonymous().call("ping", "{}");
        assertThat(answer.json().propertyNames()).containsExactly("result");
        assertThat(answer.response().headers().firstValue("X-Mizan-Invalidate")).isEmpty();
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    /** The header, parsed back, names exactly the body's entries. */
    private static void assertHeaderMatchesBody(Browser.Answer answer) {
        List<String> fromBody = new ArrayList<>();
        for (JsonNode e : answer.json().get("invalidate")) {
            StringBuilder s = new StringBuilder(e.get("context").asString());
            if (e.has("params")) {
                List<String> pairs = new ArrayList<>();
                for (var p : e.get("params").properties()) {
                    JsonNode v = p.getValue();
                    pairs.add(p.getKey() + "=" + (v.isString() ? v.asString() : v.toString()));
                }
                s.append('?').append(String.join("&", pairs));
            }
            if (e.has("slot")) {
                s.append('#').append(e.get("slot").asString());
            }
            fromBody.add(s.toString());
        }
        List<String> fromHeader = new ArrayList<>();
        for (String part : answer.header("X-Mizan-Invalidate").split(",")) {
            fromHeader.add(URLDecoder.decode(part, StandardCharsets.UTF_8));
        }
        assertThat(fromHeader).isEqualTo(fromBody);
    }
}
