package dev.mizan.conformance.suite;

import java.net.http.HttpHeaders;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One HTTP answer of the server under test.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param text the body as received
 */
record Reply(int status, HttpHeaders headers, String text) {

    /** The body parsed as JSON; a body that is not JSON fails the probe with the text shown. */
    JsonNode json() {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw new AssertionError("expected a JSON body (status " + status + "), got: " + text, e);
        }
    }

    /** First value of a header, or {@code null}. */
    @Nullable
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Every value of a header. */
    List<String> headerValues(String name) {
        return headers.allValues(name);
    }

    @Override
    public String toString() {
        return "HTTP " + status + " " + text;
    }
}
