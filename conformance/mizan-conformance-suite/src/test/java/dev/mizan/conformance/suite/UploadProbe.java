package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * File uploads: a function with an upload parameter is called {@code multipart/form-data} with
 * parts {@code function}, {@code args} and one per file (MIZAN.md §5). The fixture's limits: 64 KiB
 * per file, 128 KiB per call, 8 parts.
 */
@ExtendWith(ConformanceServer.class)
class UploadProbe {

    private static final String BOUNDARY = "conformance-7e3a";
    private static final String TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    /** A multipart body: {@code function}, then the given parts. */
    private static final class Body {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Body(String function) {
            text("function", function);
        }

        Body text(String name, String value) {
            return part(
                    "Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
        }

        Body file(String name, String filename, byte[] content) {
            return part(
                    "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                            + "\"\r\nContent-Type: application/octet-stream",
                    content);
        }

        Body part(String headers, byte[] content) {
            out.writeBytes(("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] close() {
            out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }
    }

    private static byte[] content(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) (i * 31 + 7);
        }
        return b;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_file_and_its_json_args_arrive_intact(Wire wire) {
        byte[] content = content(5000);
        Reply reply = wire.anonymous()
                .postBytes(
                        new Body("store_file")
                                .text("args", "{\"label\": \"scan\"}")
                                .file("file", "scan.pdf", content)
                                .close(),
                        TYPE);

        JsonNode result = Envelopes.result(reply);
        assertThat(result.get("label").asString()).isEqualTo("scan");
        assertThat(result.get("filename").asString()).isEqualTo("scan.pdf");
        assertThat(result.get("size").asLong()).isEqualTo(5000);
        assertThat(result.get("sha256").asString()).isEqualTo(sha256(content));
    }

    @Test
    void a_list_of_files_arrives_in_order_empty_and_one_byte_files_included(Wire wire) {
        Reply reply = wire.anonymous()
                .postBytes(
                        new Body("store_files")
                                .file("files", "empty", new byte[0])
                                .file("files", "one", new byte[] {1})
                                .file("files", "more", content(300))
                                .close(),
                        TYPE);

        JsonNode result = Envelopes.result(reply);
        assertThat(result.size()).isEqualTo(3);
        assertThat(result.get(0).get("size").asLong()).isZero();
        assertThat(result.get(1).get("size").asLong()).isEqualTo(1);
        assertThat(result.get(2).get("sha256").asString()).isEqualTo(sha256(content(300)));
        assertThat(result.get(2).get("filename").asString()).isEqualTo("more");
    }

    @Test
    void a_file_at_the_size_limit_passes_and_one_byte_over_is_413(Wire wire) {
        Agent agent = wire.anonymous();
        Reply at = agent.postBytes(
                new Body("store_files").file("files", "a", content(64 * 1024)).close(), TYPE);
        assertThat(Envelopes.result(at).get(0).get("size").asLong()).isEqualTo(64 * 1024);

        Reply over = agent.postBytes(
                new Body("store_files")
                        .file("files", "a", content(64 * 1024 + 1))
                        .close(),
                TYPE);
        JsonNode error = Envelopes.error(over, "PAYLOAD_TOO_LARGE");
        assertThat(error.at("/details/limit").asString()).isEqualTo("file_size");
    }

    @Test
    void too_many_parts_are_413(Wire wire) {
        Body body = new Body("store_files");
        for (int i = 0; i < 8; i++) {
            body.file("files", "f" + i, new byte[] {(byte) i});
        }
        JsonNode error = Envelopes.error(wire.anonymous().postBytes(body.close(), TYPE), "PAYLOAD_TOO_LARGE");
        assertThat(error.at("/details/limit").asString()).isEqualTo("parts");
    }

    @Test
    void a_guarded_upload_refuses_an_anonymous_caller_and_serves_a_signed_in_one(Wire wire) {
        byte[] body = new Body("store_private").file("file", "p", content(10)).close();

        Envelopes.error(wire.anonymous().postBytes(body, TYPE), "UNAUTHORIZED");
        assertThat(Envelopes.result(wire.user().postBytes(body, TYPE))
                        .get("size")
                        .asLong())
                .isEqualTo(10);
    }

    @Test
    void a_client_file_name_is_metadata_only(Wire wire) {
        Reply reply = wire.anonymous()
                .postBytes(
                        new Body("store_files")
                                .file("files", "../../etc/passwd", content(3))
                                .close(),
                        TYPE);

        JsonNode stored = Envelopes.result(reply).get(0);
        assertThat(stored.get("filename").asString()).isEqualTo("../../etc/passwd");
        assertThat(stored.get("safeName").asString()).isEqualTo("passwd");
    }

    @Test
    void malformed_and_misdirected_multipart_bodies_are_400(Wire wire) {
        Agent agent = wire.anonymous();
        byte[] unclosed = "--conformance-7e3a\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nstore_files"
                .getBytes(StandardCharsets.UTF_8);
        Envelopes.error(agent.postBytes(unclosed, TYPE), "BAD_REQUEST");
        Envelopes.error(agent.postBytes(new Body("store_files").close(), "multipart/form-data"), "BAD_REQUEST");
        Envelopes.error(
                agent.postBytes(
                        new Body("store_file")
                                .text("args", "{\"label\": \"x\"}")
                                .close(),
                        TYPE),
                "BAD_REQUEST");
        Envelopes.error(agent.postBytes(new Body("ping").close(), TYPE), "BAD_REQUEST");
    }
}
