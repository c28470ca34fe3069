package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Forms (docs/forms.md): a function taking a {@code @MizanForm} record answers {@code NAME.schema}
 * and {@code NAME.validate}; the call itself validates, then runs.
 */
@ExtendWith(ConformanceServer.class)
class FormProbe {

    private static final String VALID =
            "{'enrolment': {'name': 'Ada', 'seats': 2, 'guests': [{'email': 'ben@example.org'}]}}";
    private static final String INVALID =
            "{'enrolment': {'name': 'A', 'seats': 11, 'guests': [{'email': 'ok@example.org'}, {'email': 'nope'}]}}";

    private static JsonNode field(JsonNode schema, String path) {
        for (JsonNode f : schema.get("fields")) {
            if (f.get("path").asString().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no field " + path + " in " + schema);
    }

    private static long enrolments(Agent agent) {
        return Envelopes.result(agent.call("enrolments")).asLong();
    }

    private static Reply call(Agent agent, String function, String args, String language) {
        return agent.post(
                "{\"function\":" + Json.write(function) + ",\"args\":" + Json.text(args) + "}",
                Map.of("Accept-Language", language));
    }

    @Test
    void schema_describes_fields_constraints_labels_defaults_and_nested_lists(Wire wire) {
        JsonNode schema = Envelopes.result(call(wire.anonymous(), "enrol.schema", "{}", "en"));
        assertThat(schema.get("function").asString()).isEqualTo("enrol");
        assertThat(schema.get("form").asString()).isEqualTo("enrolment");
        JsonNode name = field(schema, "enrolment.name");
        assertThat(name.get("type").asString()).isEqualTo("string");
        assertThat(name.get("required").asBoolean()).isTrue();
        assertThat(name.get("label").asString()).isEqualTo("Name");
        assertThat(name.get("help").asString()).isEqualTo("As on the badge");
        assertThat(name.get("constraints").toString())
                .contains(
                        "{\"name\":\"Size\",\"params\":{\"max\":20,\"min\":2},\"message\":\"size must be between 2 and 20\"}");
        JsonNode seats = field(schema, "enrolment.seats");
        assertThat(seats.get("default").asInt()).isEqualTo(1);
        assertThat(seats.get("type").asString()).isEqualTo("integer");
        JsonNode guest = field(schema, "enrolment.guests[].email");
        assertThat(guest.get("constraints").findValuesAsString("name")).containsExactly("Email", "NotBlank");
    }

    @Test
    void validate_answers_field_errors_and_never_runs_the_function(Wire wire) {
        Agent agent = wire.anonymous();
        long before = enrolments(agent);
        JsonNode checked = Envelopes.result(call(agent, "enrol.validate", INVALID, "en"));
        assertThat(checked.get("valid").asBoolean()).isFalse();
        assertThat(Envelopes.names(checked.get("fields")))
                .containsExactlyInAnyOrder("enrolment.name", "enrolment.seats", "enrolment.guests[1].email");
        JsonNode ok = Envelopes.result(call(agent, "enrol.validate", VALID, "en"));
        assertThat(ok.get("valid").asBoolean()).isTrue();
        assertThat(ok.get("fields").isEmpty()).isTrue();
        assertThat(enrolments(agent)).isEqualTo(before);
    }

    @Test
    void validate_checks_rules_only_the_server_knows(Wire wire) {
        JsonNode checked =
                Envelopes.result(call(wire.anonymous(), "enrol.validate", VALID.replace("'Ada'", "'admin'"), "en"));
        assertThat(checked.get("fields").get("enrolment.name").toString()).isEqualTo("[\"is reserved\"]");
    }

    @Test
    void submit_validates_then_runs(Wire wire) {
        Agent agent = wire.anonymous();
        long before = enrolments(agent);
        Reply invalid = call(agent, "enrol", INVALID, "en");
        JsonNode fields =
                Envelopes.error(invalid, "VALIDATION_FAILED").path("details").path("fields");
        assertThat(fields)
                .isEqualTo(Envelopes.result(call(agent, "enrol.validate", INVALID, "en"))
                        .get("fields"));
        assertThat(enrolments(agent)).isEqualTo(before);
        assertThat(Envelopes.result(call(agent, "enrol", VALID, "en")).asString())
                .isEqualTo("enrolled Ada with 2 seats");
        assertThat(enrolments(agent)).isEqualTo(before + 1);
    }

    @Test
    void messages_follow_accept_language(Wire wire) {
        JsonNode checked = Envelopes.result(call(wire.anonymous(), "enrol.validate", INVALID, "de-DE,de;q=0.9"));
        assertThat(checked.get("fields").get("enrolment.seats").toString())
                .isEqualTo("[\"muss kleiner-gleich 10 sein\"]");
        JsonNode schema = Envelopes.result(call(wire.anonymous(), "enrol.schema", "{}", "de"));
        assertThat(field(schema, "enrolment.name").get("constraints").toString())
                .contains("Größe muss zwischen 2 und 20 sein");
    }

    @Test
    void bad_form_input_gets_the_envelope(Wire wire) {
        Agent agent = wire.anonymous();
        Envelopes.error(
                call(agent, "enrol.validate", VALID.replace("'seats': 2", "'seats': 2, 'extra': 1"), "en"),
                "BAD_REQUEST");
        Envelopes.error(
                call(agent, "enrol.validate", VALID.replace("'seats': 2", "'seats': 'two'"), "en"), "BAD_REQUEST");
        Envelopes.error(call(agent, "enrol.schema", "{'x': 1}", "en"), "BAD_REQUEST");
        Envelopes.error(call(wire.user(), "echo.validate", "{}", "en"), "NOT_FOUND");
    }
}
