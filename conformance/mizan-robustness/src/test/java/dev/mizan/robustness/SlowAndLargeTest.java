package dev.mizan.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * Slow clients and large answers, bounded in time: while hundreds of connections trickle their
 * bodies, or several callers ask for answers far over the limit, {@code /session/} keeps answering.
 */
class SlowAndLargeTest {

    private static final int TRICKLERS = 300;

    /** How long the first trickler keeps sending: past the 2 s body-read deadline the servers run with. */
    private static final long TRICKLE_PAST_DEADLINE_NANOS = 3_500_000_000L;

    @Test
    void trickling_bodies_leave_the_fixture_answering() throws Exception {
        Results.record("fixture_slow_bodies", slowBodies(Servers.fixture(), new Caller(Servers.fixture())));
    }

    @Test
    void trickling_bodies_leave_the_task_board_answering() throws Exception {
        URI base = Servers.board();
        Results.record("board_slow_bodies", slowBodies(base, new Caller(base).formLogin("ben", "ben-pass")));
    }

    private static Map<String, Object> slowBodies(URI base, Caller caller) throws Exception {
        String token = caller.token();
        String head = "POST " + base.getRawPath() + "/call/ HTTP/1.1\r\nHost: " + base.getAuthority()
                + "\r\nContent-Type: application/json\r\nX-CSRF-Token: " + token + "\r\nCookie: "
                + caller.cookieHeader()
                + "\r\nContent-Length: 1000\r\n\r\n{";
        List<Socket> held = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < TRICKLERS; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress(base.getHost(), base.getPort()), 5000);
                s.setSoTimeout(20_000);
                s.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                held.add(s);
            }
            for (int i = 0; i < 10; i++) {
                long t = System.nanoTime();
                Caller.Reply session = new Caller(base).session();
                latencies.add((System.nanoTime() - t) / 1_000_000);
                assertThat(session.status()).isEqualTo(200);
                for (Socket s : held.subList(0, 20)) {
                    s.getOutputStream().write(' ');
                }
                Thread.sleep(150);
            }
            // Keep the first body trickling past the servers' body-read deadline (2 s, Servers), so
            // that a byte arrives after it whatever the machine's speed: on a quiet machine the
            // loop above ends before the deadline, and a body that merely stops is refused by the
            // connection timeout instead, which is not what this test is about.
            Socket first = held.getFirst();
            long trickleUntil = started + TRICKLE_PAST_DEADLINE_NANOS;
            while (System.nanoTime() < trickleUntil) {
                try {
                    first.getOutputStream().write(' ');
                    first.getOutputStream().flush();
                } catch (IOException refusedAlready) {
                    break;
                }
                Thread.sleep(150);
            }
            String refusal = readAnswer(first);
            long refusedAfter = (System.nanoTime() - started) / 1_000_000;
            assertThat(refusal).contains("\"reason\":\"slow_body\"");
            long max = latencies.stream().mapToLong(Long::longValue).max().orElseThrow();
            // Generous for a shared CI machine: without virtual threads and the read deadline the
            // answer would wait behind the tricklers (up to the connection timeout each).
            assertThat(max)
                    .as("slowest /session/ while %d bodies trickle", TRICKLERS)
                    .isLessThan(10_000);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("trickling_connections", TRICKLERS);
            f.put("session_samples", latencies.size());
            f.put("session_max_ms", max);
            f.put("session_median_ms", latencies.stream().sorted().toList().get(latencies.size() / 2));
            f.put("first_trickler_refused_after_ms", refusedAfter);
            return f;
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    private static String readAnswer(Socket socket) throws IOException {
        return RawHttp.read(socket.getInputStream()).body();
    }

    @Test
    void answers_far_over_the_limit_are_413_envelopes_and_session_keeps_answering() throws Exception {
        URI base = Servers.fixture();
        String message = "m".repeat(1000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long started = System.nanoTime();
            List<CompletableFuture<Caller.Reply>> huge = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                huge.add(CompletableFuture.supplyAsync(
                        () -> new Caller(base).call("echo", "{\"message\":\"" + message + "\",\"count\":1000000}"),
                        pool));
            }
            long t = System.nanoTime();
            assertThat(new Caller(base).session().status()).isEqualTo(200);
            long sessionMs = (System.nanoTime() - t) / 1_000_000;
            for (CompletableFuture<Caller.Reply> f : huge) {
                Caller.Reply r = f.get();
                assertThat(r.status()).as(r.text()).isEqualTo(413);
                assertThat(r.code()).isEqualTo("PAYLOAD_TOO_LARGE");
                assertThat(r.json().at("/error/details/answer").asBoolean()).isTrue();
            }
            long hugeMs = (System.nanoTime() - started) / 1_000_000;
            long s = System.nanoTime();
            Caller.Reply large = new Caller(base).call("echo", "{\"message\":\"" + message + "\",\"count\":8000}");
            long largeMs = (System.nanoTime() - s) / 1_000_000;
            assertThat(large.status()).isEqualTo(200);
            assertThat(large.json().at("/result/copies").size()).isEqualTo(8000);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("over_limit_calls", 4);
            f.put("over_limit_requested_bytes_each", 1_000_000L * 1003);
            f.put("over_limit_all_refused_ms", hugeMs);
            f.put("session_during_ms", sessionMs);
            f.put("streamed_answer_bytes", large.text().length());
            f.put("streamed_answer_ms", largeMs);
            Results.record("fixture_large_answers", f);
        } finally {
            pool.shutdownNow();
        }
    }
}
