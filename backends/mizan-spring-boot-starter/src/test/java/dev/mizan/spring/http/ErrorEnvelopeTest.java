package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every row of the error table (MIZAN.md §2), over real HTTP, with its status and envelope. */
class ErrorEnvelopeTest extends ServerTest {

    private static void assertEnvelope(Browser.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().at("/error/message").isString()).isTrue();
        assertThat(answer.json().at("/error/details").isObject()).isTrue();
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
        assertThat(answer.text()).doesNotContain("Exception", "\tat ", "java.");
    }

    @Test
    void bad_request_is_400() {
        assertEnvelope(anonymous().post("{oops"), 400, "BAD_REQUEST");
    }

    @Test
    void validation_failed_is_422_with_field_paths() {
        Browser.Answer answer = anonymous()
                .call("add_item", "{\"shopId\": 1, \"item\": {\"name\": \"\", \"kind\": \"BOOK\", \"price\": -5}}");
        assertEnvelope(answer, 422, "VALIDATION_FAILED");
        assertThat(answer.json().at("/error/details/fields").propertyNames())
                .containsExactly("item.name", "item.price");
        Browser.Answer param = anonymous().call("rename", "{\"title\": \"ab\"}");
        assertEnvelope(param, 422, "VALIDATION_FAILED");
        assertThat(param.json().at("/error/details/fields/title/0").asString()).isEqualTo("Use at least 3 characters");
    }

    @Test
    void unauthorized_is_401() {
        assertEnvelope(anonymous().call("whoami", "{}"), 401, "UNAUTHORIZED");
    }

    @Test
    void forbidden_is_403_for_a_refusing_handler_and_a_missing_csrf_token() {
        Browser.Answer closed = anonymous().call("closed", "{}");
        assertEnvelope(closed, 403, "FORBIDDEN");
        assertThat(closed.json().at("/error/message").asString()).isEqualTo("The shop is closed");
        Browser.Answer csrf = anonymous().postRaw("{\"function\": \"ping\"}", Map.of());
        assertEnvelope(csrf, 403, "FORBIDDEN");
        assertThat(csrf.json().at("/error/details/reason").asString()).isEqualTo("csrf");
    }

    @Test
    void not_found_is_404_for_unknown_functions_contexts_and_endpoints() {
        assertEnvelope(as("ann").call("no_such_function", "{}"), 404, "NOT_FOUND");
        assertEnvelope(as("ann").context("no_such_context", Map.of()), 404, "NOT_FOUND");
        assertEnvelope(anonymous().get("/api/mizan/elsewhere/"), 404, "NOT_FOUND");
    }

    @Test
    void payload_too_large_is_413() {
        byte[] big = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        Browser.Answer answer = anonymous().post(HttpRequest.BodyPublishers.ofByteArray(big), Map.of());
        assertEnvelope(answer, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void not_implemented_is_501() {
        assertEnvelope(anonymous().call("later", "{}"), 501, "NOT_IMPLEMENTED");
    }

    @Test
    void internal_error_is_500_and_never_leaks_the_exception_text() {
        Browser.Answer answer = anonymous().call("broken", "{}");
        assertEnvelope(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.text()).doesNotContain("hunter2", "db.internal", "IllegalState");
    }

    @Test
    void wrong_http_methods_are_bad_requests() {
        assertEnvelope(anonymous().get("/api/mizan/call/"), 400, "BAD_REQUEST");
    }

    @Test
    void urls_rejected_by_the_security_firewall_get_an_envelope() {
        assertEnvelope(anonymous().get("/api/mizan/ctx/shop/%2e%2e/"), 400, "BAD_REQUEST");
    }
}
