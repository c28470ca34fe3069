package dev.mizan.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mizan.core.MizanException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The field paths of VALIDATION_FAILED, as the generated clients type them (docs/protocol.md). */
class ViolationsTest {

    private static final Validator VALIDATOR =
            jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();

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
        Violations.collect(fields, VALIDATOR.validate(order), "order", null, null, null);
        assertThat(new ArrayList<>(fields.keySet()))
                .containsExactly(
                        "order.labels[]",
                        "order.lines[1].name",
                        "order.main.name",
                        "order.notes[k]",
                        "order.tags[1]",
                        "order.title");
    }

    record Item(@JsonProperty("display_name") @NotBlank String name) {}

    record Basket(
            @JsonProperty("line_items") List<@Valid Item> lineItems,
            @Valid Item featured) {}

    /** Validated through the executable validator (an instance method with a cascaded parameter). */
    public static class Shop {
        public void place(@Valid Basket basket) {}

        public static void store(Basket basket) {}
    }

    @Test
    void spells_properties_as_the_mapper_writes_them() throws Exception {
        Basket basket = new Basket(List.of(new Item("ok"), new Item(" ")), new Item(""));
        WireNames wire = new WireNames(JsonMapper.builder().build());

        var place = Shop.class.getMethod("place", Basket.class);
        Validation cascaded = Validation.plan(VALIDATOR, place, List.of(0), wire);
        assertThat(fields(() -> cascaded.validate(new Shop(), new Object[] {basket})))
                .containsExactly("basket.featured.display_name", "basket.line_items[1].display_name");

        var store = Shop.class.getMethod("store", Basket.class);
        Validation implicit = Validation.plan(VALIDATOR, store, List.of(0), wire);
        assertThat(fields(() -> implicit.validate(null, new Object[] {basket})))
                .containsExactly("basket.featured.display_name", "basket.line_items[1].display_name");
    }

    private static List<String> fields(Runnable validation) {
        try {
            validation.run();
        } catch (MizanException e) {
            @SuppressWarnings("unchecked")
            Map<String, ?> fields = (Map<String, ?>) e.details().get("fields");
            return new ArrayList<>(fields.keySet());
        }
        throw new AssertionError("no violation");
    }
}
