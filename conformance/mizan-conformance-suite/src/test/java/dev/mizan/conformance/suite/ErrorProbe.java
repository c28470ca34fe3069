package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** The error table and envelope: {@code {"error": {code, message, details}}} with the table's status. */
@ExtendWith(ConformanceServer.class)
class ErrorProbe {

    @Test
    void an_unknown_function_is_not_found(Wire wire) {
        Envelopes.error(wire.user().call("no_such_function"), "NOT_FOUND");
    }

    @Test
    void an_unknown_name_asked_anonymously_answers_as_a_guarded_one(Wire wire) {
        Envelopes.error(wire.anonymous().call("no_such_function"), "UNAUTHORIZED");
        Envelopes.error(wire.anonymous().context("no_such_context", ""), "UNAUTHORIZED");
    }

    @Test
    void malformed_json_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().post("{\"function\": \"echo\", \"args\": {", Map.of()), "BAD_REQUEST");
    }

    @Test
    void an_envelope_without_a_function_is_a_bad_request(Wire wire) {
        Agent agent = wire.anonymous();

        Envelopes.error(agent.post("{\"args\": {}}", Map.of()), "BAD_REQUEST");
        Envelopes.error(agent.post("{\"function\": 42, \"args\": {}}", Map.of()), "BAD_REQUEST");
        Envelopes.error(agent.post("[\"echo\"]", Map.of()), "BAD_REQUEST");
        Envelopes.error(agent.post("{\"function\": \"add\", \"args\": [1, 2]}", Map.of()), "BAD_REQUEST");
    }

    @Test
    void an_argument_of_the_wrong_type_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().call("add", Json.text("{'left': 'two', 'right': 1}")), "BAD_REQUEST");
    }

    @Test
    void an_unknown_argument_is_a_bad_request(Wire wire) {
        Reply reply = wire.anonymous().call("add", Json.text("{'left': 1, 'right': 2, 'middle': 3}"));

        Envelopes.error(reply, "BAD_REQUEST");
    }

    @Test
    void a_missing_required_argument_is_a_bad_request(Wire wire) {
        Envelopes.error(wire.anonymous().call("echo", Json.text("{'message': 'no count'}")), "BAD_REQUEST");
    }

    @Test
    void bean_validation_failures_name_every_field(Wire wire) {
        Reply reply = wire.anonymous()
                .call(
                        "signup",
                        Json.text(
                                "{'signup': {'username': '', 'email': 'not-an-email', 'age': 3}, 'inviteCode': 'x'}"));

        JsonNode fields =
                Envelopes.error(reply, "VALIDATION_FAILED").path("details").path("fields");
        assertThat(Envelopes.names(fields))
                .containsExactlyInAnyOrder("signup.username", "signup.email", "signup.age", "inviteCode");
        fields.properties().forEach(field -> {
            assertThat(field.getValue().isArray()).as(field.getKey()).isTrue();
            assertThat(field.getValue()).as(field.getKey()).isNotEmpty();
            field.getValue().forEach(message -> assertThat(message.isString()).isTrue());
        });
    }

    @Test
    void valid_input_passes_bean_validation(Wire wire) {
        Reply reply = wire.anonymous()
                .call(
                        "signup",
                        Json.text(
                                "{'signup': {'username': 'ada', 'email': 'ada@example.org', 'age': 36}, 'inviteCode': 'xyz'}"));

        assertThat(Envelopes.result(reply).asString()).isEqualTo("welcome ada");
    }

    @Test
    void business_validation_failures_carry_the_field_messages(Wire wire) {
        Reply reply = wire.anonymous().call("reserve_name", Json.text("{'name': 'taken'}"));

        JsonNode error = Envelopes.error(reply, "VALIDATION_FAILED");
        assertThat(error.path("details").path("fields")).isEqualTo(Json.of("{'name': ['is already taken']}"));
    }

    @Test
    void a_handler_exception_is_an_internal_error_that_leaks_nothing(Wire wire) {
        Reply reply = wire.anonymous().call("explode");

        Envelopes.error(reply, "INTERNAL_ERROR");
        assertThat(reply.text())
                .doesNotContain("fixture-secret")
                .doesNotContain("hunter2")
                .doesNotContain("IllegalStateException")
                .doesNotContain("Exception")
                .doesNotContain("dev.mizan")
                .doesNotContain("\tat ");
    }

    @Test
    void a_handler_that_is_not_implemented_answers_501(Wire wire) {
        Envelopes.error(wire.anonymous().call("future_feature"), "NOT_IMPLEMENTED");
    }

    @Test
    void a_body_over_the_limit_is_payload_too_large(Wire wire) {
        Agent agent = wire.anonymous();
        int limit = 64 * 1024;
        String under = "x".repeat(limit - 1024);
        String over = "x".repeat(limit + 1);

        assertThat(Envelopes.result(agent.call("echo", "{\"message\": \"" + under + "\", \"count\": 0}"))
                        .path("message")
                        .asString())
                .hasSize(under.length());
        Envelopes.error(agent.call("echo", "{\"message\": \"" + over + "\", \"count\": 0}"), "PAYLOAD_TOO_LARGE");
    }

    @Test
    void an_unknown_context_is_not_found(Wire wire) {
        Envelopes.error(wire.user().context("no_such_context", ""), "NOT_FOUND");
    }

    @Test
    void a_wrong_http_method_still_answers_an_error_envelope(Wire wire) {
        Reply reply = wire.anonymous().get("/call/");

        assertThat(reply.status()).as("status of %s", reply).isBetween(400, 499);
        String code = reply.json().path("error").path("code").asString("");
        assertThat(Envelopes.STATUS_OF).as("code of %s", reply).containsKey(code);
        Envelopes.error(reply, code);
    }

    @Test
    void a_failed_sign_in_still_answers_an_error_envelope(Wire wire) {
        Agent intruder = wire.signedIn(new Account(wire.target().user().username(), "not-the-password"));

        Envelopes.error(intruder.postWithout("{\"function\": \"ping\", \"args\": {}}", Map.of()), "UNAUTHORIZED");
    }

    @Test
    void error_answers_are_json_and_never_cached(Wire wire) {
        Reply reply = wire.user().call("no_such_function");

        Envelopes.error(reply, "NOT_FOUND");
        Envelopes.assertNoStore(reply);
    }
}
