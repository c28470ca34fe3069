package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.Attachments;
import dev.mizan.spring.app.TestApp;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Multipart calls over real HTTP: sizes at and over every limit, many parts, missing and wrong
 * parts, malformed bodies, hostile file names, auth before the body (cookie and bearer), CSRF, and
 * temporary files removed after every outcome.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mizan.default-auth=public",
            "mizan.uploads.max-file-size=1KB",
            "mizan.uploads.max-total-size=3KB",
            "mizan.uploads.max-parts=6",
            "mizan.jwt.enabled=true",
            "mizan.jwt.issuer=mizan-test",
            "mizan.jwt.audience=mizan-test-api",
            "mizan.jwt.keys[0].kid=k1",
            "mizan.jwt.keys[0].secret=YS0zMi1ieXRlLXRlc3Qtc2VjcmV0LWZvci1rZXktazE=",
            "mizan.jwt.store=memory"
        })
class UploadTest {

    private static final Path TEMP = tempDir();

    @Value("${local.server.port}")
    int port;

    @DynamicPropertySource
    static void uploads(DynamicPropertyRegistry registry) {
        registry.add("mizan.uploads.temp-dir", TEMP::toString);
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("mizan-upload-test-");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void no_temporary_file_is_left_behind() throws IOException {
        try (Stream<Path> left = Files.list(TEMP)) {
            assertThat(left.toList()).isEmpty();
        }
    }

    private Browser.Answer send(Browser browser, byte[] body) {
        return send(browser, body, Multipart.CONTENT_TYPE);
    }

    private Browser.Answer send(Browser browser, byte[] body, String contentType) {
        return browser.post(HttpRequest.BodyPublishers.ofByteArray(body), Map.of("Content-Type", contentType));
    }

    private static void assertError(Browser.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.text()).doesNotContain("Exception", "\tat ", "java.");
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void a_file_with_json_args_reaches_the_function_and_its_temporary_file_is_removed_after() throws Exception {
        byte[] content = Multipart.bytes(700);
        Browser.Answer answer = send(
                new Browser(port),
                Multipart.call("attach")
                        .args("{\"note\": \"hello\", \"copies\": 2}")
                        .file("file", "report.pdf", content)
                        .close());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode result = answer.result();
        assertThat(result.get("note").asString()).isEqualTo("hello");
        assertThat(result.get("copies").asInt()).isEqualTo(2);
        assertThat(result.at("/file/size").asLong()).isEqualTo(700);
        assertThat(result.at("/file/sha256").asString()).isEqualTo(sha256(content));
        assertThat(result.at("/file/filename").asString()).isEqualTo("report.pdf");
        assertThat(result.at("/file/contentType").asString()).isEqualTo("application/octet-stream");
        Path temp = Path.of(result.at("/file/path").asString());
        assertThat(temp.getParent()).isEqualTo(TEMP);
        assertThat(temp).doesNotExist();
    }

    @Test
    void empty_and_one_byte_files_arrive_intact() throws Exception {
        for (int size : new int[] {0, 1}) {
            byte[] content = Multipart.bytes(size);
            Browser.Answer answer = send(
                    new Browser(port),
                    Multipart.call("attach")
                            .args("{\"note\": \"n\", \"copies\": 1}")
                            .file("file", "tiny", content)
                            .close());
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.result().at("/file/size").asLong()).isEqualTo(size);
            assertThat(answer.result().at("/file/sha256").asString()).isEqualTo(sha256(content));
        }
    }

    @Test
    void a_file_at_the_size_limit_passes_and_one_byte_more_is_413_with_details() {
        Browser browser = new Browser(port);
        byte[] at = Multipart.call("attach_many").file("files", 1024).close();
        assertThat(send(browser, at).status()).isEqualTo(200);
        Browser.Answer over =
                send(browser, Multipart.call("attach_many").file("files", 1025).close());
        assertError(over, 413, "PAYLOAD_TOO_LARGE");
        assertThat(over.json().at("/error/details/limit").asString()).isEqualTo("file_size");
        assertThat(over.json().at("/error/details/max").asLong()).isEqualTo(1024);
        assertThat(over.json().at("/error/details/part").asString()).isEqualTo("files");
    }

    @Test
    void files_at_the_total_limit_pass_and_one_byte_more_is_413() {
        Browser browser = new Browser(port);
        Multipart at = Multipart.call("attach_many")
                .file("files", 1024)
                .file("files", 1024)
                .file("files", 1024);
        Browser.Answer ok = send(browser, at.close());
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.result().size()).isEqualTo(3);
        Multipart over = Multipart.call("attach_many")
                .file("files", 1024)
                .file("files", 1024)
                .file("files", 1024)
                .file("files", 1);
        Browser.Answer refused = send(browser, over.close());
        assertError(refused, 413, "PAYLOAD_TOO_LARGE");
        assertThat(refused.json().at("/error/details/limit").asString()).isEqualTo("total_size");
        assertThat(refused.json().at("/error/details/max").asLong()).isEqualTo(3072);
    }

    @Test
    void parts_at_the_count_limit_pass_in_order_and_one_more_is_413() throws Exception {
        Browser browser = new Browser(port);
        Multipart many = Multipart.call("attach_many");
        for (int i = 0; i < 5; i++) {
            many.file("files", "part-" + i + ".txt", ("content " + i).getBytes(StandardCharsets.UTF_8));
        }
        Browser.Answer ok = send(browser, many.close());
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(ok.result().get(i).get("filename").asString()).isEqualTo("part-" + i + ".txt");
            assertThat(ok.result().get(i).get("sha256").asString())
                    .isEqualTo(sha256(("content " + i).getBytes(StandardCharsets.UTF_8)));
        }
        Multipart tooMany = Multipart.call("attach_many");
        for (int i = 0; i < 6; i++) {
            tooMany.file("files", 1);
        }
        Browser.Answer refused = send(browser, tooMany.close());
        assertError(refused, 413, "PAYLOAD_TOO_LARGE");
        assertThat(refused.json().at("/error/details/limit").asString()).isEqualTo("parts");
        assertThat(refused.json().at("/error/details/max").asInt()).isEqualTo(6);
    }

    @Test
    void missing_parts_are_bad_requests_naming_what_is_missing() {
        Browser browser = new Browser(port);
        Browser.Answer noFile = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": 1}")
                        .close());
        assertError(noFile, 400, "BAD_REQUEST");
        assertThat(noFile.json().at("/error/details/missing/0").asString()).isEqualTo("file");
        Browser.Answer noArgs =
                send(browser, Multipart.call("attach").file("file", 3).close());
        assertError(noArgs, 400, "BAD_REQUEST");
        assertThat(noArgs.json().at("/error/details/missing").toString()).isEqualTo("[\"copies\",\"note\"]");
        Browser.Answer noFunction =
                send(browser, new Multipart().args("{}").file("file", 3).close());
        assertError(noFunction, 400, "BAD_REQUEST");
        assertThat(noFunction.json().at("/error/details/part").asString()).isEqualTo("function");
        assertError(send(browser, new Multipart().close()), 400, "BAD_REQUEST");
        Browser.Answer optional =
                send(browser, Multipart.call("attach_optional").close());
        assertThat(optional.result().asString()).isEqualTo("none");
        Browser.Answer emptyList = send(browser, Multipart.call("attach_many").close());
        assertThat(emptyList.result().size()).isZero();
    }

    @Test
    void parts_of_the_wrong_kind_are_bad_requests() {
        Browser browser = new Browser(port);
        Browser.Answer fileForArg = send(
                browser,
                Multipart.call("attach")
                        .args("{\"copies\": 1}")
                        .file("note", 3)
                        .file("file", 3)
                        .close());
        assertError(fileForArg, 400, "BAD_REQUEST");
        assertThat(fileForArg.json().at("/error/details/reason").asString()).isEqualTo("unknown_part");
        Browser.Answer textForFile = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": 1}")
                        .text("file", "not a file")
                        .close());
        assertError(textForFile, 400, "BAD_REQUEST");
        assertThat(textForFile.json().at("/error/details/part").asString()).isEqualTo("file");
        Browser.Answer argsAsFile =
                send(browser, Multipart.call("attach").file("args", 3).close());
        assertError(argsAsFile, 400, "BAD_REQUEST");
        Browser.Answer twoForOne = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": 1}")
                        .file("file", 2)
                        .file("file", 2)
                        .close());
        assertError(twoForOne, 400, "BAD_REQUEST");
        Browser.Answer badJson = send(
                browser, Multipart.call("attach").args("{oops").file("file", 2).close());
        assertError(badJson, 400, "BAD_REQUEST");
        Browser.Answer uploadInArgs = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": 1, \"file\": \"x\"}")
                        .file("file", 2)
                        .close());
        assertError(uploadInArgs, 400, "BAD_REQUEST");
        Browser.Answer wrongArgType = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": \"many\"}")
                        .file("file", 2)
                        .close());
        assertError(wrongArgType, 400, "BAD_REQUEST");
        Browser.Answer invalid = send(
                browser,
                Multipart.call("attach")
                        .args("{\"note\": \"n\", \"copies\": 0}")
                        .file("file", 2)
                        .close());
        assertError(invalid, 422, "VALIDATION_FAILED");
        assertThat(invalid.json().at("/error/details/fields").has("copies")).isTrue();
    }

    @Test
    void json_calls_to_upload_functions_and_multipart_calls_to_others_are_refused() {
        Browser browser = new Browser(port);
        Browser.Answer json = browser.call("attach", "{\"note\": \"n\", \"copies\": 1}");
        assertError(json, 400, "BAD_REQUEST");
        assertThat(json.json().at("/error/details/reason").asString()).isEqualTo("multipart_required");
        Browser.Answer multipart = send(browser, Multipart.call("ping").close());
        assertError(multipart, 400, "BAD_REQUEST");
        assertThat(multipart.json().at("/error/details/reason").asString()).isEqualTo("content_type");
        // Anonymous: an unknown name answers as a guarded one; signed in: 404.
        assertError(send(browser, Multipart.call("no_such_function").close()), 401, "UNAUTHORIZED");
        assertError(
                send(
                        new Browser(port).login("ann"),
                        Multipart.call("no_such_function").close()),
                404,
                "NOT_FOUND");
    }

    @Test
    void malformed_multipart_bodies_are_bad_requests() {
        Browser browser = new Browser(port);
        byte[] good = Multipart.call("attach_many").file("files", 10).close();
        assertError(send(browser, good, "multipart/form-data"), 400, "BAD_REQUEST");
        assertError(send(browser, good, "multipart/form-data; boundary=other"), 400, "BAD_REQUEST");
        byte[] unclosed = Multipart.call("attach_many").file("files", 10).open();
        assertError(send(browser, unclosed), 400, "BAD_REQUEST");
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 40);
        assertError(send(browser, truncated), 400, "BAD_REQUEST");
        byte[] noDisposition = Multipart.call("attach_many")
                .part("Content-Type: text/plain", new byte[] {1})
                .close();
        assertError(send(browser, noDisposition), 400, "BAD_REQUEST");
        byte[] endlessHeader = Multipart.call("attach_many")
                .raw("--" + Multipart.BOUNDARY + "\r\nX-Long: " + "a".repeat(40_000))
                .open();
        assertError(send(browser, endlessHeader), 400, "BAD_REQUEST");
        assertError(send(browser, "garbage".getBytes(StandardCharsets.UTF_8)), 400, "BAD_REQUEST");
        assertError(send(browser, new byte[0]), 400, "BAD_REQUEST");
    }

    @Test
    void a_hostile_file_name_is_metadata_only() {
        Browser.Answer answer = send(
                new Browser(port),
                Multipart.call("attach_many")
                        .file("files", "../../etc/passwd", "root:x:0:0".getBytes(StandardCharsets.UTF_8))
                        .file("files", "..\\..\\win.ini", new byte[] {1})
                        .file("files", "..", new byte[] {2})
                        .close());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        JsonNode first = answer.result().get(0);
        assertThat(first.get("filename").asString()).isEqualTo("../../etc/passwd");
        assertThat(first.get("safeName").asString()).isEqualTo("passwd");
        assertThat(Path.of(first.get("path").asString()).getParent()).isEqualTo(TEMP);
        assertThat(first.get("path").asString()).doesNotContain("passwd", "..");
        assertThat(answer.result().get(1).get("safeName").asString()).isEqualTo("win.ini");
        assertThat(answer.result().get(2).get("safeName").asString()).isEqualTo("upload");
        assertThat(TEMP.resolve("../../etc/passwd").normalize()).isNotEqualTo(TEMP);
    }

    @Test
    void spring_multipart_file_parameters_are_served() throws Exception {
        byte[] content = Multipart.bytes(300);
        Browser.Answer answer = send(
                new Browser(port),
                Multipart.call("attach_spring").file("file", "s.bin", content).close());
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.result().get("param").asString()).isEqualTo("file");
        assertThat(answer.result().get("filename").asString()).isEqualTo("s.bin");
        assertThat(answer.result().get("sha256").asString()).isEqualTo(sha256(content));
    }

    @Test
    void a_failing_function_still_has_its_temporary_file_removed() {
        Browser.Answer answer = send(
                new Browser(port),
                Multipart.call("attach_failing")
                        .args("{\"key\": \"k1\"}")
                        .file("file", 10)
                        .close());
        assertError(answer, 500, "INTERNAL_ERROR");
        assertThat(answer.text()).doesNotContain("storage is down");
        assertThat(Path.of(Attachments.FAILED_PATHS.get("k1"))).doesNotExist();
    }

    @Test
    void a_multipart_call_with_cookies_needs_the_csrf_token() {
        Browser browser = new Browser(port);
        browser.session();
        Browser.Answer refused =
                browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mizan/call/"))
                        .header("Content-Type", Multipart.CONTENT_TYPE)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(
                                Multipart.call("attach_many").file("files", 1).close())));
        assertError(refused, 403, "FORBIDDEN");
        assertThat(refused.json().at("/error/details/reason").asString()).isEqualTo("csrf");
    }

    @Test
    void guarded_upload_functions_follow_every_role_pair() {
        byte[] body = Multipart.call("attach_guarded").file("file", 5).close();
        assertError(send(new Browser(port), body), 401, "UNAUTHORIZED");
        assertThat(send(new Browser(port).login("ann"), body).status()).isEqualTo(200);
        byte[] staff = Multipart.call("attach_staff").file("file", 5).close();
        assertError(send(new Browser(port), staff), 401, "UNAUTHORIZED");
        // A guarded name the caller may not use answers as an unknown one (protocol.md, Guarded names).
        assertError(send(new Browser(port).login("ann"), staff), 404, "NOT_FOUND");
        assertThat(send(new Browser(port).login("sam"), staff).status()).isEqualTo(200);
    }

    @Test
    void a_bearer_multipart_call_needs_no_csrf_token_and_is_authenticated() throws Exception {
        byte[] content = Multipart.bytes(50);
        byte[] body =
                Multipart.call("attach_guarded").file("file", "b.bin", content).close();
        Browser.Answer answer = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mizan/call/"))
                        .header("Content-Type", Multipart.CONTENT_TYPE)
                        .header("Authorization", "Bearer " + Tokens.access("ann", c -> c))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        assertThat(answer.result().get("sha256").asString()).isEqualTo(sha256(content));
        Browser.Answer forged = new Browser(port)
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mizan/call/"))
                        .header("Content-Type", Multipart.CONTENT_TYPE)
                        .header("Authorization", "Bearer " + Tokens.tampered(Tokens.access("ann", c -> c)))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(forged.status()).isEqualTo(401);
    }

    @Test
    void an_anonymous_two_gigabyte_upload_to_a_guarded_function_is_refused_before_its_body_is_read() throws Exception {
        Browser.Answer session = new Browser(port).get("/api/mizan/session/");
        String token = session.json().get("csrf_token").asString();
        String cookie = session.header("Set-Cookie").split(";", 2)[0];
        byte[] head = Multipart.call("attach_guarded")
                .raw("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big\""
                        + "\r\n\r\n")
                .open();
        long declared = 2L * 1024 * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/mizan/call/ HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: "
                            + Multipart.CONTENT_TYPE + "\r\nContent-Length: " + declared + "\r\nX-CSRF-Token: "
                            + token + "\r\nCookie: " + cookie + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            out.write(head);
            out.write(new byte[64 * 1024]);
            out.flush();
            // Nothing more is sent: the answer must come without the remaining ~2 GB.
            InputStream in = socket.getInputStream();
            String answer = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(answer).isEqualTo("HTTP/1.1 401");
        }
    }
}
