package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Regression tests for issue 12, one or more per numbered point, over real HTTP and raw sockets. */
class HardeningTest extends ServerTest {

    private static void assertEnvelope(int status, String text, int expectedStatus, String code) {
        assertThat(status).as(text).isEqualTo(expectedStatus);
        JsonNode json = Browser.JSON.readTree(text);
        assertThat(json.at("/error/code").asString()).as(text).isEqualTo(code);
    }

    @Test
    void point1_a_long_invalidate_header_is_bounded_and_the_mutation_answers_200() {
        Browser ann = as("ann");
        String tag = "t".repeat(8 * 1024);
        Browser.Answer answer = ann.call("retag", "{\"tag\": \"" + tag + "\"}");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.result().asInt()).isEqualTo(8 * 1024);
        assertThat(answer.header("X-Mizan-Invalidate")).isEqualTo("tag");
        assertThat(answer.json().at("/invalidate/0/params/tag").asString()).isEqualTo(tag);
        Browser.Answer small = ann.call("retag", "{\"tag\": \"a\"}");
        assertThat(small.header("X-Mizan-Invalidate")).isEqualTo("tag?tag=a");
    }

    @Test
    void point2_malformed_requests_under_the_base_path_answer_envelopes() throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("empty query name", "GET /api/mizan/ctx/global/?=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put("bad escape", "GET /api/mizan/ctx/global/?a=%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put("nul name", "GET /api/mizan/ctx/global/?%00=1 HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put("path param", "GET /api/mizan/session/;jsessionid=x HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put("trace", "TRACE /api/mizan/session/ HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put(
                "duplicate length",
                "POST /api/mizan/call/ HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n" + "Content-Length: 3\r\n\r\n{}");
        cases.put(
                "large header",
                "GET /api/mizan/session/ HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n");
        cases.put(
                "large cookie",
                "GET /api/mizan/session/ HTTP/1.1\r\nHost: x\r\nCookie: a=" + "a".repeat(20_000) + "\r\n\r\n");
        cases.put("encoded slash", "GET /api/mizan/ctx/a%2Fb/ HTTP/1.1\r\nHost: x\r\n\r\n");
        cases.put(
                "bad expect",
                "POST /api/mizan/call/ HTTP/1.1\r\nHost: x\r\nExpect: 999-x\r\nContent-Length: 2\r\n\r\n{}");
        cases.put("unknown coding", "POST /api/mizan/call/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n{}");
        cases.put("http version", "GET /api/mizan/session/ HTTP/1.2\r\nHost: x\r\n\r\n");
        cases.put("backslash", "GET /api/mizan/ctx\\global/ HTTP/1.1\r\nHost: x\r\n\r\n");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            String[] answer = raw(c.getValue().getBytes(StandardCharsets.ISO_8859_1));
            int status = Integer.parseInt(answer[0].split(" ")[1]);
            assertThat(status).as(c.getKey()).isBetween(400, 499);
            assertThat(answer[1]).as(c.getKey()).startsWith("{\"error\":{\"code\":\"");
            assertEnvelope(
                    status,
                    answer[1],
                    status,
                    Browser.JSON.readTree(answer[1]).at("/error/code").asString());
        }
    }

    @Test
    void point2_an_invalid_chunked_body_after_the_checks_is_a_bad_request() throws IOException {
        Browser ann = as("ann");
        String token = ann.session().json().get("csrf_token").asString();
        String cookie = ann.cookieHeader();
        String request = "POST /api/mizan/call/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-CSRF-Token: " + token + "\r\nCookie: " + cookie
                + "\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n";
        String[] answer = raw(request.getBytes(StandardCharsets.ISO_8859_1));
        assertEnvelope(Integer.parseInt(answer[0].split(" ")[1]), answer[1], 400, "BAD_REQUEST");
    }

    @Test
    void point4_an_answer_over_the_limit_is_a_413_envelope_and_a_large_one_streams() {
        Browser.Answer huge = anonymous().call("copies", "{\"count\": 2000000}");
        assertEnvelope(huge.status(), huge.text(), 413, "PAYLOAD_TOO_LARGE");
        assertThat(huge.json().at("/error/details/answer").asBoolean()).isTrue();
        Browser.Answer large = anonymous().call("copies", "{\"count\": 20000}");
        assertThat(large.status()).isEqualTo(200);
        assertThat(large.json().get("result").size()).isEqualTo(20000);
        assertThat(Long.parseLong(large.header("Content-Length")))
                .isEqualTo(large.text().length());
    }

    @Test
    void point5_a_planted_non_ascii_cookie_is_replaced_not_a_500() throws IOException {
        String request = "GET /api/mizan/session/ HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: MIZAN-CSRF="
                + "\u00e9".repeat(40) + "\r\nConnection: close\r\n\r\n";
        String[] answer = raw(request.getBytes(StandardCharsets.UTF_8));
        assertThat(answer[0]).contains(" 200 ");
        assertThat(Browser.JSON.readTree(answer[1]).get("csrf_token").asString())
                .contains(".");
        Browser planted = anonymous();
        String fake = "A".repeat(43);
        Browser.Answer refused = planted.postRaw(
                "{\"function\": \"ping\"}", Map.of("X-CSRF-Token", fake, "Cookie", "MIZAN-CSRF=" + fake));
        assertEnvelope(refused.status(), refused.text(), 403, "FORBIDDEN");
        assertThat(refused.json().at("/error/details/reason").asString()).isEqualTo("csrf");
    }

    @Test
    void point5_foreign_and_null_origins_and_cross_site_fetches_are_refused() {
        for (Map<String, String> headers : java.util.List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            Browser ann = as("ann");
            ann.session();
            Browser.Answer answer = ann.post(HttpRequest.BodyPublishers.ofString("{\"function\": \"ping\"}"), headers);
            assertEnvelope(answer.status(), answer.text(), 403, "FORBIDDEN");
            assertThat(answer.json().at("/error/details/reason").asString()).isEqualTo("origin");
        }
        Browser ann = as("ann");
        ann.session();
        Browser.Answer same = ann.post(
                HttpRequest.BodyPublishers.ofString("{\"function\": \"ping\"}"),
                Map.of("Origin", "http://127.0.0.1:" + port, "Sec-Fetch-Site", "same-origin"));
        assertThat(same.status()).as(same.text()).isEqualTo(200);
    }

    @Test
    void point5_simple_request_bodies_are_refused_on_json_calls() {
        for (String type :
                new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
            Browser ann = as("ann");
            ann.session();
            Browser.Answer answer = ann.post(
                    HttpRequest.BodyPublishers.ofString("{\"function\": \"ping\"}"), Map.of("Content-Type", type));
            assertEnvelope(answer.status(), answer.text(), 400, "BAD_REQUEST");
            // A multipart body goes on to the upload reader (multipart is for functions with uploads):
            // this one is no valid form, and a valid form naming ping is content_type (UploadTest).
            assertThat(answer.json().at("/error/details/reason").asString())
                    .isEqualTo(type.startsWith("multipart/") ? "multipart" : "content_type");
        }
    }

    /** Sends raw bytes; answers the status line and the body. */
    private String[] raw(byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            int n;
            while ((n = in.read(buf)) > 0) {
                all.write(buf, 0, n);
                String text = all.toString(StandardCharsets.UTF_8);
                int end = text.indexOf("\r\n\r\n");
                if (end > 0) {
                    int length = contentLength(text.substring(0, end));
                    if (length >= 0 && all.size() - (end + 4) >= length) {
                        break;
                    }
                }
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end)
                    .as("an answer to "
                            + new String(request, 0, Math.min(60, request.length), StandardCharsets.ISO_8859_1))
                    .isPositive();
            return new String[] {text.substring(0, text.indexOf("\r\n")), text.substring(end + 4)};
        }
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                return Integer.parseInt(
                        line.substring("content-length:".length()).strip());
            }
        }
        return -1;
    }
}
