package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

class InvalidateHeaderTest {

    @Test
    void writes_names_sorted_url_encoded_params_and_slots() {
        String header = InvalidateHeader.format(List.of(
                new InvalidateEntry("board", null, null),
                new InvalidateEntry(
                        "project",
                        Map.of("title", StringNode.valueOf("a, b & c/é"), "id", IntNode.valueOf(7)),
                        "project_tasks"),
                new InvalidateEntry("flags", Map.of("on", BooleanNode.TRUE), null)));
        assertThat(header)
                .isEqualTo("board,project?id=7&title=a%2C%20b%20%26%20c%2F%C3%A9#project_tasks,flags?on=true");
    }
}
