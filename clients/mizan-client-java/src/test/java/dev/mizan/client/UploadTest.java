package dev.mizan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.conformance.fixture.spring.FixtureApplication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Multipart calls against the real fixture server's upload functions ({@code store_file},
 * {@code store_files}, {@code store_private}): files streamed from disk and from memory, a list,
 * the other arguments beside them, session (CSRF) and bearer auth, a guard and a size limit.
 */
class UploadTest {

    private static ConfigurableApplicationContext fixture;
    private static URI base;

    @BeforeAll
    static void start() {
        fixture = new SpringApplication(FixtureApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--mizan.uploads.max-file-size=2MB",
                        "--mizan.uploads.max-total-size=8MB",
                        "--logging.level.root=WARN");
        base = URI.create(
                "http://127.0.0.1:" + fixture.getEnvironment().getRequiredProperty("local.server.port") + "/api/mizan");
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void files_and_arguments_travel_in_one_multipart_call_with_the_csrf_token(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.bin");
        byte[] content = new byte[1_500_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Files.write(big, content);
        MizanClient client = MizanClient.builder(base).build();
        JsonNode one = client.callJson(
                "store_file", Map.of("label", "from disk"), Map.of("file", List.of(FileUpload.of(big))));
        assertThat(one.get("label").asString()).isEqualTo("from disk");
        assertThat(one.get("size").asLong()).isEqualTo(content.length);
        assertThat(one.get("sha256").asString()).isEqualTo(sha256(content));
        assertThat(one.get("filename").asString()).isEqualTo("big.bin");
        JsonNode many = client.callJson(
                "store_files",
                Map.of(),
                Map.of(
                        "files",
                        List.of(
                                FileUpload.of("one".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain"),
                                FileUpload.of(new byte[0], "empty.bin", FileUpload.OCTET_STREAM),
                                FileUpload.of(
                                        "two".getBytes(StandardCharsets.UTF_8), "../b \"quoted\".txt", "text/plain"))));
        assertThat(many).hasSize(3);
        assertThat(many.get(0).get("filename").asString()).isEqualTo("a.txt");
        assertThat(many.get(1).get("size").asLong()).isZero();
        assertThat(many.get(2).get("filename").asString()).isEqualTo("../b %22quoted%22.txt");
        assertThat(many.get(2).get("safeName").asString()).isEqualTo("b %22quoted%22.txt");
        assertThat(many.get(2).get("sha256").asString()).isEqualTo(sha256("two".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_bearer_client_uploads_without_a_csrf_token_and_a_guard_refuses_anonymous_uploads() {
        MizanClient anonymous = MizanClient.builder(base).build();
        assertThatThrownBy(() -> anonymous.callJson("store_private", Map.of(), Map.of("file", List.of(small()))))
                .isInstanceOf(UnauthorizedException.class);
        MizanClient bearer = MizanClient.builder(base).bearer().build();
        bearer.bearer().login("alice", "alice-password");
        JsonNode seen = bearer.callJson("store_private", Map.of(), Map.of("file", List.of(small())));
        assertThat(seen.get("label").asString()).isEqualTo("private");
        assertThat(seen.get("size").asLong()).isEqualTo(5);
    }

    @Test
    void a_file_over_the_limit_is_refused_with_413(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.bin");
        Files.write(huge, new byte[3 * 1024 * 1024]);
        MizanClient client = MizanClient.builder(base).build();
        assertThatThrownBy(() -> client.callJson(
                        "store_file", Map.of("label", "x"), Map.of("file", List.of(FileUpload.of(huge)))))
                .isInstanceOfSatisfying(
                        PayloadTooLargeException.class,
                        e -> assertThat(e.details().get("limit").asString()).isEqualTo("file_size"));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static FileUpload small() {
        return FileUpload.of("hello".getBytes(StandardCharsets.UTF_8), "hello.txt", "text/plain");
    }
}
