package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.TestApp;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The bounds that need their own settings: a slow consumer is dropped with 4000, a silent socket
 * with 4001 after two heartbeats, and a user's sockets past the bound with 1008.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "mizan.default-auth=public",
            "mizan.live.heartbeat=400ms",
            "mizan.live.max-sockets-per-user=2",
            "mizan.live.send-buffer=256KB"
        })
class LiveBoundsTest extends ServerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void a_client_that_stops_reading_is_dropped_with_the_slow_consumer_code_and_the_server_stays_well()
            throws Exception {
        Stalled stalled = new Stalled();
        WebSocket ws = anonymous().socket(stalled);
        // Each answer is about 60 KB; the client reads none of them, so they pile up on the server.
        String call = "{\"type\": \"call\", \"function\": \"rename\", \"args\": {\"title\": \"" + "x".repeat(60_000)
                + "\"}, \"id\": ";
        for (int i = 0; i < 400 && !stalled.closed.isDone(); i++) {
            try {
                ws.sendText(call + i + "}", true).get(2, TimeUnit.SECONDS);
            } catch (Exception gone) {
                break;
            }
            if (i % 10 == 9) {
                Thread.sleep(60); // under the frame rate and calls-in-flight bounds
            }
        }
        // The close frame is queued behind unread data: read again to reach it.
        ws.request(Long.MAX_VALUE);
        assertThat(stalled.closed.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isEqualTo(4000);
        try (Socket fine = anonymous().socket()) {
            assertThat(fine.request("call", "\"function\": \"ping\"")
                            .get("result")
                            .asString())
                    .isEqualTo("pong");
        }
    }

    /** Reads the first frame only, then nothing until told to. */
    private static final class Stalled implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }

    @Test
    void a_socket_that_answers_no_ping_is_closed_after_two_heartbeats_and_one_that_answers_stays() {
        try (Socket silent = anonymous().socket();
                Socket alive = anonymous().socket()) {
            assertThat(silent.next("ready", WAIT).get("heartbeat_ms").asLong()).isEqualTo(400);
            alive.next("ready", WAIT);
            long deadline = System.nanoTime() + Duration.ofMillis(2500).toNanos();
            while (System.nanoTime() < deadline) {
                alive.next("ping", WAIT);
                alive.sendRaw("{\"type\": \"pong\"}");
            }
            assertThat(silent.closeCode(WAIT)).isEqualTo(4001);
            assertThat(alive.isClosed()).isFalse();
            assertThat(alive.request("call", "\"function\": \"ping\"")
                            .get("result")
                            .asString())
                    .isEqualTo("pong");
        }
    }

    @Test
    void a_user_holds_at_most_the_bound_of_sockets_and_a_closed_one_frees_its_place() {
        Browser ann = as("ann");
        // Both answer the 400 ms pings, so that only the bound closes a socket here.
        try (Socket first = ann.socket().answeringPings();
                Socket second = ann.socket().answeringPings()) {
            first.next("ready", WAIT);
            second.next("ready", WAIT);
            try (Socket third = ann.socket()) {
                assertThat(third.closeCode(WAIT)).isEqualTo(1008);
            }
            try (Socket other = as("oli").socket()) {
                assertThat(other.next("ready", WAIT).has("seq"))
                        .as("another user is not counted with ann")
                        .isTrue();
            }
            first.close();
            first.closeCode(WAIT);
            long deadline = System.nanoTime() + WAIT.toNanos();
            boolean reopened = false;
            while (!reopened && System.nanoTime() < deadline) {
                try (Socket again = ann.socket().answeringPings()) {
                    reopened = again.drain(Duration.ofMillis(300)).stream()
                                    .anyMatch(f -> f.get("type").asString().equals("ready"))
                            && !again.isClosed();
                }
            }
            assertThat(reopened)
                    .as("a place freed by a closed socket is taken again")
                    .isTrue();
            assertThat(second.isClosed()).isFalse();
        }
    }
}
