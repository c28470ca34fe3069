package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Assertions on the protocol's success and error envelopes (MIZAN.md §2). */
final class Envelopes {

    /** The closed error table: code → HTTP status. */
    static final Map<String, Integer> STATUS_OF = Map.of(
            "BAD_REQUEST", 400,
            "VALIDATION_FAILED", 422,
            "UNAUTHORIZED", 401,
            "FORBIDDEN", 403,
            "NOT_FOUND", 404,
            "PAYLOAD_TOO_LARGE", 413,
            "NOT_IMPLEMENTED", 501,
            "INTERNAL_ERROR", 500);

    private Envelopes() {}

    /** A success of {@code POST /call/}: 200, JSON, {@code result} present; returns the body. */
    static JsonNode success(Reply reply) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(200);
        assertJson(reply);
        JsonNode body = reply.json();
        assertThat(body.isObject()).as("body of %s", reply).isTrue();
        assertThat(body.has("result")).as("result key in %s", reply).isTrue();
        assertThat(names(body)).as("keys of %s", reply).isSubsetOf("result", "invalidate", "merge");
        return body;
    }

    /** The {@code result} of a successful call. */
    static JsonNode result(Reply reply) {
        return success(reply).get("result");
    }

    /** An error envelope with the given code, the table's status for it, a message and details. */
    static JsonNode error(Reply reply, String code) {
        assertThat(reply.status()).as("status of %s", reply).isEqualTo(STATUS_OF.get(code));
        assertJson(reply);
        JsonNode body = reply.json();
        assertThat(names(body)).as("keys of %s", reply).containsExactly("error");
        JsonNode error = body.get("error");
        assertThat(error.path("code").asString("")).as("code in %s", reply).isEqualTo(code);
        assertThat(error.path("message").isString()).as("message in %s", reply).isTrue();
        assertThat(error.path("message").asString()).as("message in %s", reply).isNotBlank();
        assertThat(error.path("details").isObject())
                .as("details object in %s", reply)
                .isTrue();
        return error;
    }

    /** The answer is JSON. */
    static void assertJson(Reply reply) {
        assertThat(reply.header("Content-Type")).as("Content-Type of %s", reply).startsWith("application/json");
    }

    /** The answer carries {@code Cache-Control: no-store}. */
    static void assertNoStore(Reply reply) {
        assertThat(reply.header("Cache-Control"))
                .as("Cache-Control of %s", reply)
                .contains("no-store");
    }

    /** Property names of a JSON object, in order. */
    static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }
}
