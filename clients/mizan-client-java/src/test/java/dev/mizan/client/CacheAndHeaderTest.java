package dev.mizan.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The header parser, param matching and the cache's rules, as the browser kernel has them. */
class CacheAndHeaderTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void the_header_parses_scoped_unscoped_and_slot_entries_and_only_ever_widens() {
        List<InvalidateEntry> entries = InvalidateHeader.parse(
                "project?projectId=7, global ,search?query=a%20b%26c%3Dd%2C%C3%A9#search_results,"
                        + ",bad?x=%ZZ,twice?a=1&a=2");
        assertThat(entries)
                .containsExactly(
                        new InvalidateEntry("project", Map.of("projectId", JSON.stringNode("7")), null),
                        new InvalidateEntry("global", null, null),
                        new InvalidateEntry("search", Map.of("query", JSON.stringNode("a b&c=d,é")), "search_results"),
                        new InvalidateEntry("bad", null, null),
                        new InvalidateEntry("twice", null, null));
        assertThat(InvalidateHeader.parse(null)).isEmpty();
    }

    @Test
    void header_text_matches_params_by_meaning() {
        Map<String, JsonNode> params = Map.of(
                "id", JSON.numberNode(1),
                "tags", MAPPER.readTree("{\"b\":1,\"a\":[1,2]}"),
                "flag", JSON.booleanNode(true));
        assertThat(WireParams.matches(Map.of("id", JSON.stringNode("1.0")), params))
                .isTrue();
        assertThat(WireParams.matches(Map.of("id", JSON.stringNode("2")), params))
                .isFalse();
        assertThat(WireParams.matches(Map.of("tags", JSON.stringNode("{\"a\":[1,2],\"b\":1}")), params))
                .isTrue();
        assertThat(WireParams.matches(Map.of("flag", JSON.stringNode("true")), params))
                .isTrue();
        assertThat(WireParams.matches(Map.of("missing", JSON.stringNode("null")), params))
                .isTrue();
        assertThat(WireParams.matches(null, params)).isTrue();
        assertThat(WireParams.key("c", 1, Map.of("id", JSON.numberNode(7L))))
                .isEqualTo(WireParams.key("c", 1, Map.of("id", JSON.stringNode("7"))));
        assertThat(WireParams.query(Map.of("q", JSON.stringNode("a b&c"), "id", JSON.numberNode(3))))
                .isEqualTo("id=3&q=a+b%26c");
    }

    @Test
    void body_and_header_entries_are_deduplicated() {
        List<InvalidateEntry> both = MizanClient.dedupe(List.of(
                new InvalidateEntry("project", Map.of("projectId", JSON.numberNode(7)), null),
                new InvalidateEntry("project", Map.of("projectId", JSON.stringNode("7")), null),
                new InvalidateEntry("project", null, null)));
        assertThat(both).hasSize(2);
    }

    @Test
    void a_fetch_under_way_during_an_invalidation_is_stored_stale_and_keeps_merges() {
        ContextCache cache = new ContextCache();
        Map<String, JsonNode> params = Map.of("projectId", JSON.numberNode(7));
        long epoch = cache.begin("project", 3, params);
        cache.invalidate(List.of(new InvalidateEntry("project", null, null)));
        cache.merge(List.of(new MergeEntry("project", "project_details", JSON.stringNode("merged"), null)));
        ObjectNode answer = JSON.objectNode();
        answer.put("project_details", "old");
        answer.put("project_tasks", "tasks");
        ObjectNode stored = cache.store("project", 3, params, epoch, answer);
        assertThat(stored.get("project_details").asString()).isEqualTo("merged");
        assertThat(cache.peek("project", 3, params).orElseThrow().stale()).isTrue();
        assertThat(cache.fresh("project", 3, params)).isNull();

        long again = cache.begin("project", 3, params);
        cache.store("project", 3, params, again, answer);
        assertThat(cache.fresh("project", 3, params)).isNotNull();
        // A merge into another instance's params leaves this one alone; an unscoped one reaches it.
        cache.merge(List.of(new MergeEntry(
                "project", "project_details", JSON.stringNode("other"), Map.of("projectId", JSON.stringNode("8")))));
        assertThat(cache.fresh("project", 3, params).get("project_details").asString())
                .isEqualTo("old");
        cache.merge(List.of(new MergeEntry("project", "project_details", JSON.stringNode("all"), null)));
        assertThat(cache.fresh("project", 3, params).get("project_details").asString())
                .isEqualTo("all");
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void an_unknown_error_code_is_a_plain_mizan_exception_and_known_ones_are_typed() {
        assertThat(MizanException.of(418, "TEAPOT", "no", null))
                .isExactlyInstanceOf(MizanException.class)
                .satisfies(e -> assertThat(e.errorCode()).isNull());
        ObjectNode details = JSON.objectNode();
        details.putObject("fields").putArray("a.b").add("must not be blank");
        MizanException failed = MizanException.of(422, "VALIDATION_FAILED", "bad", details);
        assertThat(failed).isInstanceOf(ValidationFailedException.class);
        assertThat(((ValidationFailedException) failed).fieldErrors())
                .containsEntry("a.b", List.of("must not be blank"));
        assertThat(MizanException.of(403, "FORBIDDEN", "no", JSON.objectNode().put("reason", "csrf"))
                        .reason())
                .isEqualTo("csrf");
    }
}
