package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Shapes (MIZAN.md §5): {@code ticket_cards} answers ticket card records with exactly the shape's
 * fields, nested to-one and to-many shapes included, in the same number of SQL statements for 1 row
 * as for 60 (the fixture reports its count through {@code ticket_card_statements}); the client's
 * filter, sort and page apply; hostile sort and filter strings get {@code 400} envelopes.
 */
@ExtendWith(ConformanceServer.class)
class ShapeProbe {

    private static JsonNode cards(Agent agent, Map<String, Object> args) {
        return Envelopes.result(agent.call("ticket_cards", Json.write(args)));
    }

    private static Map<String, Object> page(int index, int size) {
        return Map.of("page", index, "size", size);
    }

    @Test
    void a_shape_list_answers_records_with_exactly_the_shapes_fields(Wire wire) {
        JsonNode cards = cards(wire.anonymous(), page(0, 6));

        assertThat(cards.size()).isEqualTo(6);
        for (JsonNode card : cards) {
            assertThat(Envelopes.names(card))
                    .containsExactlyInAnyOrder(
                            "id", "title", "status", "assigneeName", "assignee", "notes", "labels", "noteCount");
            card.get("notes").forEach(n -> assertThat(Envelopes.names(n)).containsExactlyInAnyOrder("id", "body"));
            card.get("labels").forEach(l -> assertThat(Envelopes.names(l)).containsExactly("text"));
            assertThat(card.get("noteCount").asLong())
                    .isEqualTo(card.get("notes").size());
        }
        JsonNode third = cards.get(2);
        assertThat(third)
                .isEqualTo(Json.of("{'id': 3, 'title': 'ticket 03', 'status': 'OPEN',"
                        + " 'assigneeName': 'member 3', 'assignee': {'id': 3, 'name': 'member 3'},"
                        + " 'notes': [], 'labels': [{'text': 'label 1'}, {'text': 'label 2'}], 'noteCount': 0}"));
        JsonNode fifth = cards.get(4);
        assertThat(fifth.get("assignee").isNull()).isTrue();
        assertThat(fifth.get("assigneeName").isNull()).isTrue();
        assertThat(fifth.get("notes"))
                .isEqualTo(Json.of("[{'id': 5, 'body': 'note 0 on 5'}, {'id': 6, 'body': 'note 1 on 5'}]"));
    }

    @Test
    void one_row_and_sixty_rows_take_the_same_number_of_statements(Wire wire) {
        Agent agent = wire.anonymous();
        List<Long> counts = new ArrayList<>();
        for (int size : new int[] {1, 60}) {
            assertThat(cards(agent, page(0, size)).size()).isEqualTo(size);
            counts.add(Envelopes.result(agent.call("ticket_card_statements")).asLong());
        }
        // The root with its to-one columns and count, then one statement per to-many relation.
        assertThat(counts).containsExactly(3L, 3L);
    }

    @Test
    void the_clients_filter_sort_and_page_apply(Wire wire) {
        JsonNode cards = cards(
                wire.anonymous(),
                Map.of(
                        "where",
                        Map.of("status", "OPEN", "assigneeName", "like:MEMBER 1"),
                        "sort",
                        "-title",
                        "page",
                        1,
                        "size",
                        2));

        List<String> titles = new ArrayList<>();
        cards.forEach(c -> titles.add(c.get("title").asString()));
        // OPEN tickets (odd ids) assigned to member 1 (id % 4 == 1, not % 5): 57, 53, 49, 41, …; page 1 of 2.
        assertThat(titles).containsExactly("ticket 49", "ticket 41");
    }

    @Test
    void hostile_sort_and_filter_strings_get_bad_request_envelopes(Wire wire) {
        Agent agent = wire.anonymous();
        List<Map<String, Object>> hostile = List.of(
                Map.of("sort", "title; drop table ticket"),
                Map.of("sort", "secret"),
                Map.of("sort", "(select 1)"),
                Map.of("sort", "notes"),
                Map.of("where", Map.of("secret", "x")),
                Map.of("where", Map.of("title or 1=1", "x")),
                Map.of("where", Map.of("noteCount", "gt:1 or 1=1")),
                Map.of("where", Map.of("id", "1; delete from ticket")),
                Map.of("where", Map.of("assignee", "x")));
        for (Map<String, Object> args : hostile) {
            Map<String, Object> call = new java.util.HashMap<>(args);
            call.putAll(page(0, 5));
            Envelopes.error(agent.call("ticket_cards", Json.write(call)), "BAD_REQUEST");
        }
        Envelopes.error(agent.call("ticket_cards", Json.write(page(0, 100_000))), "BAD_REQUEST");
        // A value that looks like SQL is only a value: it matches nothing, and the tickets are all still there.
        assertThat(cards(agent, Map.of("where", Map.of("title", "x' or '1'='1"), "page", 0, "size", 5))
                        .size())
                .isZero();
        assertThat(cards(agent, page(0, 100)).size()).isEqualTo(60);
    }
}
