package dev.mizan.conformance.suite;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** JSON reading and writing for the probes. */
final class Json {

    static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** Parses a JSON literal written in a probe (single quotes allowed for readability). */
    static JsonNode of(String json) {
        return MAPPER.readTree(text(json));
    }

    /** JSON text written in a probe with single quotes for readability. */
    static String text(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** Writes a value as JSON text. */
    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
