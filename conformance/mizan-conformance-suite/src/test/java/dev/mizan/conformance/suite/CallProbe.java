package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** RPC call dispatch: {@code POST /call/} with {@code {function, args}} answers {@code {result}}. */
@ExtendWith(ConformanceServer.class)
class CallProbe {

    @Test
    void a_call_answers_its_result_in_the_envelope(Wire wire) {
        Reply reply = wire.anonymous().call("echo", Json.text("{'message': 'hi', 'count': 2}"));

        JsonNode body = Envelopes.success(reply);
        assertThat(body).isEqualTo(Json.of("{'result': {'message': 'hi', 'count': 2, 'copies': ['hi', 'hi']}}"));
    }

    @Test
    void arguments_bind_by_their_java_parameter_names(Wire wire) {
        Reply reply = wire.anonymous().call("add", "{\"right\": 40, \"left\": 2}");

        assertThat(Envelopes.result(reply).asLong()).isEqualTo(42);
    }

    @Test
    void an_omitted_nullable_argument_binds_as_null(Wire wire) {
        Agent agent = wire.anonymous();

        assertThat(Envelopes.result(agent.call("greet")).asString()).isEqualTo("Hello, stranger");
        assertThat(Envelopes.result(agent.call("greet", "{\"name\": null}")).asString())
                .isEqualTo("Hello, stranger");
        assertThat(Envelopes.result(agent.call("greet", "{\"name\": \"Ada\"}")).asString())
                .isEqualTo("Hello, Ada");
    }

    @Test
    void a_void_function_answers_a_null_result(Wire wire) {
        JsonNode body = Envelopes.success(wire.anonymous().call("ping"));

        assertThat(body).isEqualTo(Json.of("{'result': null}"));
    }

    @Test
    void call_answers_are_json_and_never_cached(Wire wire) {
        Reply reply = wire.anonymous().call("add", "{\"left\": 1, \"right\": 1}");

        Envelopes.success(reply);
        Envelopes.assertNoStore(reply);
    }
}
