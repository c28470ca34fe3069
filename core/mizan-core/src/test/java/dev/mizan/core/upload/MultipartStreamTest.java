package dev.mizan.core.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartStreamTest {

    private static final String BOUNDARY = "b0undary";
    private static final String TYPE = "multipart/form-data; boundary=\"" + BOUNDARY + "\"";

    /** Hands out at most {@code chunk} bytes per read, to cross every buffer edge. */
    private static InputStream trickle(byte[] body, int chunk) {
        return new ByteArrayInputStream(body) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
    }

    private static byte[] body(byte[]... contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("preamble\r\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < contents.length; i++) {
            out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"p" + i + "\"; filename=\"f"
                            + i + "\"\r\nContent-Type: Text/Plain; charset=x\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(contents[i]);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\nepilogue").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static List<byte[]> read(byte[] body, int chunk) throws IOException {
        MultipartStream parts = MultipartStream.of(trickle(body, chunk), TYPE);
        List<byte[]> out = new ArrayList<>();
        MultipartStream.Part part;
        while ((part = parts.next()) != null) {
            assertThat(part.name()).isEqualTo("p" + out.size());
            assertThat(part.filename()).isEqualTo("f" + out.size());
            assertThat(part.contentType()).isEqualTo("text/plain");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            parts.copyBody(content);
            out.add(content.toByteArray());
        }
        return out;
    }

    @Test
    void parts_survive_every_read_size_and_contents_that_look_like_boundaries() throws IOException {
        Random random = new Random(7);
        byte[] big = new byte[200_000];
        random.nextBytes(big);
        // Everything but the delimiter itself, which a sender never puts in a part (RFC 2046 §5.1.1).
        byte[] tricky = ("\r\n--" + BOUNDARY.substring(0, 5) + "\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1)
                        + "\r\n-\r")
                .getBytes(StandardCharsets.US_ASCII);
        byte[][] contents = {new byte[0], {42}, tricky, big, "\r\n".getBytes(StandardCharsets.US_ASCII)};
        byte[] body = body(contents);
        for (int chunk : new int[] {1, 2, 3, 7, 13, 4096, 65_536, Integer.MAX_VALUE}) {
            List<byte[]> parts = read(body, chunk);
            assertThat(parts).hasSize(contents.length);
            for (int i = 0; i < contents.length; i++) {
                assertThat(parts.get(i))
                        .as("part %d with reads of %d", i, chunk)
                        .isEqualTo(contents[i]);
            }
        }
    }

    @Test
    void a_body_that_breaks_off_or_lacks_a_boundary_is_a_bad_request() {
        byte[] body = body("abc".getBytes(StandardCharsets.US_ASCII));
        for (int cut = 0; cut < body.length - "--\r\nepilogue".length(); cut += 5) {
            byte[] truncated = java.util.Arrays.copyOf(body, cut);
            assertThatThrownBy(() -> read(truncated, 3))
                    .isInstanceOf(MizanException.class)
                    .satisfies(e -> assertThat(((MizanException) e).code()).isEqualTo(ErrorCode.BAD_REQUEST));
        }
        assertThatThrownBy(() -> MultipartStream.of(InputStream.nullInputStream(), "multipart/form-data"))
                .isInstanceOf(MizanException.class);
        assertThatThrownBy(() -> MultipartStream.of(
                        InputStream.nullInputStream(), "multipart/form-data; boundary=" + "x".repeat(71)))
                .isInstanceOf(MizanException.class);
    }

    @Test
    void disposition_parameters_are_unquoted_and_filename_star_is_decoded() {
        assertThat(MultipartStream.params("name=\"a\"; filename=\"x\\\"y\\\\z.txt\""))
                .containsEntry("name", "a")
                .containsEntry("filename", "x\"y\\z.txt");
        assertThat(MultipartStream.params("name=\"a\"; filename=\"C:\\dir\\f.txt\""))
                .containsEntry("filename", "C:\\dir\\f.txt");
        assertThat(MultipartStream.isMultipart("Multipart/Form-Data; boundary=x"))
                .isTrue();
        assertThat(MultipartStream.isMultipart("application/json")).isFalse();
        assertThat(Upload.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Upload.safeName("C:\\dir\\f.txt")).isEqualTo("f.txt");
        assertThat(Upload.safeName("..")).isEqualTo("upload");
        assertThat(Upload.safeName("a\u0000b\nc")).isEqualTo("abc");
    }
}
