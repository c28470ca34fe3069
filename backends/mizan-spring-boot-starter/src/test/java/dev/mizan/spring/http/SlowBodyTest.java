package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 12 point 3: bodies that trickle in neither hold the server (requests run on virtual
 * threads, the starter's default) nor last longer than {@code mizan.body-read-timeout}.
 */
@TestPropertySource(properties = "mizan.body-read-timeout=1s")
class SlowBodyTest extends ServerTest {

    @Test
    void point3_a_trickling_body_is_refused_after_the_read_timeout() throws Exception {
        Browser ann = as("ann");
        String token = ann.session().json().get("csrf_token").asString();
        try (Socket socket = open(token, ann.cookieHeader())) {
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            String answer = null;
            for (int i = 0; i < 40 && answer == null; i++) {
                try {
                    out.write(' ');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(150);
                if (socket.getInputStream().available() > 0) {
                    answer = read(socket.getInputStream());
                }
            }
            if (answer == null) {
                answer = read(socket.getInputStream());
            }
            assertThat(answer).contains(" 400 ", "\"reason\":\"slow_body\"");
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5000);
        }
    }

    @Test
    void point3_three_hundred_trickling_bodies_leave_session_answering() throws Exception {
        Browser ann = as("ann");
        String token = ann.session().json().get("csrf_token").asString();
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < 300; i++) {
                Socket s = open(token, ann.cookieHeader());
                s.getOutputStream().write(' ');
                held.add(s);
            }
            long started = System.nanoTime();
            Browser.Answer session = anonymous().session();
            assertThat(session.status()).isEqualTo(200);
            assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3000);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private Socket open(String token, String cookies) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        socket.setSoTimeout(10_000);
        String head = "POST /api/mizan/call/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "X-CSRF-Token: " + token + "\r\nCookie: " + cookies + "\r\nContent-Length: 1000\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return socket;
    }

    private static String read(InputStream in) throws IOException {
        byte[] buf = new byte[4096];
        int n = in.read(buf);
        return n < 0 ? "" : new String(buf, 0, n, StandardCharsets.UTF_8);
    }
}
