package dev.mizan.client;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@code multipart/form-data} body assembled from text parts and streamed file parts. */
final class Multipart {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String boundary;
    private final List<HttpRequest.BodyPublisher> parts = new ArrayList<>();

    Multipart() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        this.boundary = "mizan-" + HexFormat.of().formatHex(bytes);
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    void text(String name, String value, @Nullable String contentType) {
        StringBuilder head = new StringBuilder()
                .append("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(quote(name))
                .append("\"\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("\r\n").append(value).append("\r\n");
        parts.add(HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8));
    }

    void file(String name, FileUpload upload) {
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\"" + quote(upload.filename())
                + "\"\r\n"
                + "Content-Type: " + upload.contentType().replaceAll("[\r\n]", "") + "\r\n\r\n";
        parts.add(HttpRequest.BodyPublishers.ofString(head, StandardCharsets.UTF_8));
        parts.add(upload.body().get());
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n", StandardCharsets.UTF_8));
    }

    HttpRequest.BodyPublisher publisher() {
        List<HttpRequest.BodyPublisher> all = new ArrayList<>(parts);
        all.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n", StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.concat(all.toArray(HttpRequest.BodyPublisher[]::new));
    }

    /** As browsers write names in a Content-Disposition: quotes and line breaks percent-encoded. */
    private static String quote(String text) {
        return text.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
