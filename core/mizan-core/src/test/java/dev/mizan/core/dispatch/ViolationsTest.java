package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The field paths of VALIDATION_FAILED, as the generated clients type them (docs/protocol.md). */
class ViolationsTest {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Line(@NotBlank String name) {}

    record Order(
            @NotBlank String title,
            List<@NotBlank String> tags,
            Set<@NotBlank String> labels,
            Map<String, @NotBlank String> notes,
            List<@Valid Line> lines,
            @Valid Line main) {}

    @Test
    void names_list_elements_by_index_map_values_by_key_set_elements_by_empty_brackets() {
        Order order = new Order(
                " ",
                List.of("ok", " "),
                Set.of(" "),
                Map.of("k", " "),
                List.of(new Line("a"), new Line(" ")),
                new Line(""));
        Map<String, List<String>> fields = new TreeMap<>();
        Violations.collect(fields, VALIDATOR.validate(order), "order");
        assertThat(new ArrayList<>(fields.keySet()))
                .containsExactly(
                        "order.labels[]",
                        "order.lines[1].name",
                        "order.main.name",
                        "order.notes[k]",
                        "order.tags[1]",
                        "order.title");
    }
}
