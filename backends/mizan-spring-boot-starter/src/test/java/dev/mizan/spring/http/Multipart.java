package dev.mizan.spring.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds multipart/form-data bodies part by part, well formed or not, for the upload tests. */
final class Multipart {

    static final String BOUNDARY = "mizan-test-boundary-7d1f";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Multipart call(String function) {
        return new Multipart().text("function", function);
    }

    Multipart text(String name, String value) {
        return part("Content-Disposition: form-data; name=\"" + name + "\"", value.getBytes(StandardCharsets.UTF_8));
    }

    Multipart args(String json) {
        return part(
                "Content-Disposition: form-data; name=\"args\"\r\nContent-Type: application/json",
                json.getBytes(StandardCharsets.UTF_8));
    }

    Multipart file(String name, String filename, byte[] content) {
        return part(
                "Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream",
                content);
    }

    Multipart file(String name, int size) {
        return file(name, "f" + size + ".bin", bytes(size));
    }

    /** One part with the given header lines (CRLF-separated) and content. */
    Multipart part(String headers, byte[] content) {
        raw("--" + BOUNDARY + "\r\n" + headers + "\r\n\r\n");
        out.writeBytes(content);
        raw("\r\n");
        return this;
    }

    Multipart raw(String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** The body with its closing boundary. */
    byte[] close() {
        raw("--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    /** The body as it stands, without a closing boundary. */
    byte[] open() {
        return out.toByteArray();
    }

    /** Deterministic, boundary-free content of a given size (includes CR, LF and dashes). */
    static byte[] bytes(int size) {
        byte[] b = new byte[size];
        for (int i = 0; i < size; i++) {
            b[i] = (byte) "\r\n-ab-\r\n--x".charAt(i % 11);
        }
        return b;
    }
}
