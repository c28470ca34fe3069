package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies that are not a well-formed call all get 400 BAD_REQUEST (or 413), never a 500. */
class MalformedBodyTest extends ServerTest {

    private void assertBadRequest(String body) {
        Browser.Answer answer = anonymous().post(body);
        assertThat(answer.status()).as(body + " → " + answer.text()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void rejects_bodies_that_are_not_json() {
        assertBadRequest("function=ping");
        assertBadRequest("");
        assertBadRequest("{\"function\": \"ping\"} trailing");
    }

    @Test
    void rejects_json_that_is_not_an_object() {
        assertBadRequest("[{\"function\": \"ping\"}]");
        assertBadRequest("\"ping\"");
        assertBadRequest("null");
    }

    @Test
    void rejects_a_missing_or_non_string_function() {
        assertBadRequest("{\"args\": {}}");
        assertBadRequest("{\"function\": 42}");
        assertBadRequest("{\"function\": \"ping\", \"args\": [1]}");
    }

    @Test
    void rejects_wrong_argument_types_naming_the_argument() {
        Browser.Answer answer = anonymous().call("remove_item", "{\"itemId\": \"abc\"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().at("/error/details/arg").asString()).isEqualTo("itemId");
        assertBadRequest("{\"function\": \"remove_item\", \"args\": {\"itemId\": 1.5}}");
        assertBadRequest("{\"function\": \"remove_item\", \"args\": {\"itemId\": {}}}");
        Browser.Answer nested = anonymous()
                .call("add_item", "{\"shopId\": 1, \"item\": {\"name\": \"x\", \"kind\": \"TOY\", \"price\": 1}}");
        assertThat(nested.status()).isEqualTo(400);
        assertThat(nested.json().at("/error/details/path").asString()).isEqualTo("item.kind");
    }

    @Test
    void rejects_unknown_and_missing_arguments() {
        Browser.Answer unknown = anonymous().call("remove_item", "{\"itemId\": 1, \"force\": true}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/error/details/unknown/0").asString()).isEqualTo("force");
        Browser.Answer nestedUnknown = anonymous()
                .call(
                        "add_item",
                        "{\"shopId\": 1, \"item\": {\"name\": \"x\", \"kind\": \"BOOK\", \"price\": 1, \"extra\": 1}}");
        assertThat(nestedUnknown.status()).isEqualTo(400);
        Browser.Answer missing = anonymous().call("remove_item", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/error/details/missing/0").asString()).isEqualTo("itemId");
    }

    @Test
    void refuses_a_ten_megabyte_body_with_413() {
        String padding = "x".repeat(10 * 1024 * 1024);
        Browser.Answer answer = anonymous()
                .post(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"function\": \"ping\", \"args\": {}, \"pad\": \"" + padding + "\"}"),
                        Map.of());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void refuses_an_oversize_body_sent_without_a_content_length() {
        byte[] big = ("{\"function\": \"ping\", \"pad\": \"" + "y".repeat(2 * 1024 * 1024) + "\"}")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Browser.Answer answer = anonymous()
                .post(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big)), Map.of());
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.code()).isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    void reads_a_declared_length_body_of_many_network_reads_in_full() {
        // A truncated read would leave the JSON unterminated: 400 instead of 200.
        String padding = "z".repeat(200 * 1024);
        Browser.Answer answer = anonymous()
                .post(
                        HttpRequest.BodyPublishers.ofString(
                                "{\"function\": \"ping\", \"args\": {}, \"pad\": \"" + padding + "\"}"),
                        Map.of());
        assertThat(answer.status()).as(answer.code()).isEqualTo(200);
        assertThat(answer.result().asString()).isEqualTo("pong");
    }

    @Test
    void serves_a_body_sent_without_a_content_length() {
        byte[] body = "{\"function\": \"ping\", \"args\": {}}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Browser.Answer answer = anonymous()
                .post(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)), Map.of());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.result().asString()).isEqualTo("pong");
    }

    @Test
    void refuses_deeply_nested_json_without_failing() {
        String deep = "[".repeat(50_000) + "]".repeat(50_000);
        assertBadRequest("{\"function\": \"echo\", \"args\": {\"echo\": " + deep + "}}");
        String deepObject = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
        assertBadRequest("{\"function\": \"echo\", \"args\": " + deepObject + "}");
    }
}
