package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Discovery and registration: which functions are served, under which names, with which input. */
@ExtendWith(ConformanceServer.class)
class DiscoveryProbe {

    @Test
    void a_camel_case_method_is_served_under_its_snake_case_name(Wire wire) {
        Agent agent = wire.user();

        assertThat(Envelopes.result(agent.call("reverse_words", "{\"text\": \"one two three\"}"))
                        .asString())
                .isEqualTo("three two one");
        Envelopes.error(agent.call("reverseWords", "{\"text\": \"one two\"}"), "NOT_FOUND");
    }

    @Test
    void an_explicit_name_replaces_the_derived_one(Wire wire) {
        Agent agent = wire.user();

        assertThat(Envelopes.result(agent.call("renamed_call")).asString()).isEqualTo("renamed");
        Envelopes.error(agent.call("java_name_of_renamed_call"), "NOT_FOUND");
    }

    @Test
    void an_injected_request_handle_is_not_part_of_the_input(Wire wire) {
        Agent agent = wire.anonymous();
        String call = "{\"function\": \"probe_header\", \"args\": {}}";

        assertThat(Envelopes.result(agent.post(call, Map.of("X-Fixture-Probe", "seen")))
                        .asString())
                .isEqualTo("seen");
        Envelopes.error(agent.call("probe_header", "{\"request\": \"forged\"}"), "BAD_REQUEST");
    }

    @Test
    void functions_of_every_bean_are_registered(Wire wire) {
        Agent agent = wire.staff();

        Envelopes.success(agent.call("ping"));
        Envelopes.success(agent.call("reindex_projects"));
        Envelopes.success(agent.call("staff_report"));
        assertThat(agent.context("global", "").status()).isEqualTo(200);
        assertThat(agent.context("admin", "").status()).isEqualTo(200);
    }
}
