package dev.mizan.robustness;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** HTTP/1.1 over a raw socket: sends bytes exactly as given, reads one answer (length or chunked). */
final class RawHttp {

    /**
     * One answer.
     *
     * @param status the status code, or -1 when none came
     * @param headers lower-cased header names → last value
     * @param body the body as text
     */
    record Answer(int status, Map<String, String> headers, String body) {

        /** An envelope body, or for a HEAD request (no body) the envelope's JSON content type. */
        boolean isEnvelope() {
            if (body.isEmpty() && String.valueOf(headers.get("content-type")).startsWith("application/json")) {
                return true;
            }
            return body.startsWith("{\"error\":{\"code\":\"")
                    && body.contains("\"message\":")
                    && body.contains("\"details\":");
        }

        @Nullable
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String host;
    private final int port;

    RawHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Sends the request and reads the answer; {@code halfClose} shuts the output after sending. */
    Answer send(byte[] request, boolean halfClose) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            boolean head = request.length > 5 && new String(request, 0, 5, StandardCharsets.ISO_8859_1).equals("HEAD ");
            return read(socket.getInputStream(), head);
        } catch (IOException e) {
            return new Answer(-1, Map.of(), "no answer: " + e);
        }
    }

    static Answer read(InputStream in) throws IOException {
        return read(in, false);
    }

    /** Reads one answer; the answer to a HEAD request has headers only. */
    static Answer read(InputStream in, boolean head) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        int b;
        int tail = 0;
        while ((b = in.read()) >= 0) {
            lines.write(b);
            tail = (tail << 8 | b) & 0xffffffff;
            if (tail == 0x0d0a0d0a || lines.size() > 64 * 1024) {
                break;
            }
        }
        String text = lines.toString(StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HTTP/")) {
            return new Answer(-1, Map.of(), "no status line: " + text);
        }
        String[] headerLines = text.split("\r\n");
        int status = Integer.parseInt(headerLines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < headerLines.length; i++) {
            int colon = headerLines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        headerLines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        headerLines[i].substring(colon + 1).strip());
            }
        }
        byte[] body;
        String length = headers.get("content-length");
        if (head) {
            body = new byte[0];
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked(in);
        } else {
            body = in.readAllBytes();
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int n = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (n == 0) {
                line(in);
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }
}
