package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.cache.RedisServer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Fan-out across instances through a real redis-server: two instances of {@link
 * dev.mizan.spring.live.LiveApp} share a Redis stream (and a store, as they would a database).
 * Pushes cross instances with the same seq, resume works on any instance, and the faults (Redis
 * killed and restarted, an instance gone, a client away longer than the retention) end in replay
 * or resync: every client ends with the last value and no update is lost.
 */
class LiveRedisTest {

    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration QUIET = Duration.ofMillis(400);
    private static final int RETAINED = 20;

    private static RedisServer redis;
    private static LiveNode one;
    private static LiveNode two;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        one = node();
        two = node();
    }

    private static LiveNode node() {
        return LiveNode.start(
                "mizan.live.redis-url=" + redis.url(),
                "mizan.live.retained-events=" + RETAINED,
                "mizan.live.redis-timeout=1s");
    }

    @AfterAll
    static void stop() throws Exception {
        // Each step guarded: a failed start must not leak the redis-server.
        try {
            if (two != null) {
                two.close();
            }
            if (one != null) {
                one.close();
            }
        } finally {
            if (redis != null) {
                redis.close();
            }
        }
    }

    @Test
    void a_channel_message_published_on_one_instance_reaches_the_joined_sockets_of_the_other() {
        try (Socket annOne = one.socket("ann");
                Socket bobTwo = two.socket("bob");
                Socket otherBoard = two.socket(null)) {
            annOne.request("join", "\"channel\": \"shout\", \"params\": {\"boardId\": 5}");
            bobTwo.request("join", "\"channel\": \"shout\", \"params\": {\"boardId\": \"5\"}");
            otherBoard.request("join", "\"channel\": \"shout\", \"params\": {\"boardId\": 6}");
            JsonNode published = annOne.request(
                    "publish", "\"channel\": \"shout\", \"params\": {\"boardId\": 5}, \"message\": {\"text\": \"hi\"}");
            assertThat(published.get("result").isNull()).isTrue();
            for (Socket joined : List.of(annOne, bobTwo)) {
                JsonNode frame = joined.next("channel", WAIT);
                assertThat(frame.at("/message/text").asString()).isEqualTo("hi");
                assertThat(frame.get("seq").asLong())
                        .isEqualTo(published.get("seq").asLong());
            }
            assertThat(otherBoard.drain(QUIET)).noneMatch(f -> f.has("message"));
        }
    }

    @Test
    void a_mutation_on_one_instance_purges_the_memory_origin_cache_of_the_other() {
        try (Socket watcher = two.socket(null)) {
            watcher.request("subscribe", "\"context\": \"scoreboard\", \"params\": {\"boardId\": 9}");
            one.call(null, "set_score", "{\"boardId\": 9, \"value\": 1}");
            watcher.next("invalidate", WAIT);
            // Instance two caches the answer in its own memory.
            assertThat(two.context(null, "scoreboard/?boardId=9")
                            .json()
                            .get("score")
                            .asLong())
                    .isEqualTo(1);
            assertThat(one.call(null, "set_score", "{\"boardId\": 9, \"value\": 2}")
                            .status())
                    .isEqualTo(200);
            watcher.next("invalidate", WAIT);
            // The event from instance one purged instance two's memory cache before the push went out.
            assertThat(two.context(null, "scoreboard/?boardId=9")
                            .json()
                            .get("score")
                            .asLong())
                    .isEqualTo(2);
        }
    }

    @Test
    void a_mutation_on_one_instance_reaches_the_sockets_of_the_other_with_the_same_seq_and_rights() {
        try (Socket annTwo = two.socket("ann");
                Socket bobOne = one.socket("bob");
                Socket samTwo = two.socket("sam");
                Socket anonOne = one.socket(null)) {
            for (Socket s : List.of(annTwo, bobOne, samTwo, anonOne)) {
                assertThat(s.request("subscribe", "\"context\": \"board\", \"params\": {\"boardId\": 100}")
                                .get("result")
                                .isNull())
                        .isTrue();
            }
            LiveNode.Answer set = one.call("ann", "set_counter", "{\"boardId\": 100, \"value\": 7}");
            assertThat(set.status()).isEqualTo(200);
            assertThat(set.seq()).isPositive();
            for (Socket same : List.of(annTwo, bobOne)) {
                JsonNode merge = same.next("merge", WAIT);
                assertThat(merge.get("seq").asLong()).isEqualTo(set.seq());
                assertThat(merge.at("/entries/0/value/value").asLong()).isEqualTo(7);
            }
            for (Socket other : List.of(samTwo, anonOne)) {
                List<JsonNode> frames = other.drain(QUIET);
                assertThat(frames)
                        .noneMatch(f -> f.has("entries") && f.toString().contains("\"value\""));
                assertThat(frames)
                        .anyMatch(f -> f.get("type").asString().equals("invalidate")
                                && f.get("seq").asLong() == set.seq());
            }
        }
    }

    @Test
    void a_per_user_value_written_on_one_instance_reaches_only_its_owner_on_the_other() {
        try (Socket annTwo = two.socket("ann");
                Socket bobTwo = two.socket("bob");
                Socket bobOne = one.socket("bob")) {
            for (Socket s : List.of(annTwo, bobTwo, bobOne)) {
                assertThat(s.request("subscribe", "\"context\": \"notebook\"")
                                .get("result")
                                .isNull())
                        .isTrue();
            }
            one.call("ann", "write_note", "{\"text\": \"ann's secret\"}");
            assertThat(annTwo.next("merge", WAIT).at("/entries/0/value/text").asString())
                    .isEqualTo("ann's secret");
            for (Socket bob : List.of(bobTwo, bobOne)) {
                List<JsonNode> frames = bob.drain(QUIET);
                assertThat(frames).noneMatch(f -> f.toString().contains("secret"));
                assertThat(frames).anyMatch(f -> f.get("type").asString().equals("invalidate"));
            }
        }
    }

    @Test
    void a_client_resumes_on_the_other_instance_and_gets_what_it_missed() {
        long seq;
        try (Socket away = one.socket("ann")) {
            seq = away.next("ready", WAIT).get("seq").asLong();
        }
        one.call("ann", "set_counter", "{\"boardId\": 200, \"value\": 1}");
        one.call("ann", "set_counter", "{\"boardId\": 200, \"value\": 2}");
        one.call("ann", "set_counter", "{\"boardId\": 201, \"value\": 9}");
        try (Socket back = two.socket("ann")) {
            assertThat(back.next("ready", WAIT).get("seq").asLong()).isGreaterThan(seq);
            back.request("subscribe", "\"context\": \"board\", \"params\": {\"boardId\": 200}, \"since\": " + seq);
            assertThat(back.next("merge", WAIT).at("/entries/0/value/value").asLong())
                    .isEqualTo(1);
            assertThat(back.next("merge", WAIT).at("/entries/0/value/value").asLong())
                    .isEqualTo(2);
            assertThat(back.request("resume", "\"seq\": " + seq).get("result").isNull())
                    .isTrue();
            assertThat(back.drain(QUIET))
                    .noneMatch(f -> f.get("type").asString().equals("resync"))
                    .noneMatch(f -> f.toString().contains("201"));
        }
    }

    @Test
    void a_client_away_longer_than_the_retention_is_told_to_resync() {
        long seq;
        try (Socket away = one.socket("ann")) {
            seq = away.next("ready", WAIT).get("seq").asLong();
        }
        for (int i = 1; i <= RETAINED + 10; i++) {
            assertThat(one.call("ann", "set_counter", "{\"boardId\": 300, \"value\": " + i + "}")
                            .status())
                    .isEqualTo(200);
        }
        try (Socket back = two.socket("ann")) {
            back.next("ready", WAIT);
            back.request("subscribe", "\"context\": \"board\", \"params\": {\"boardId\": 300}, \"since\": " + seq);
            JsonNode caughtUp = back.next("invalidate", WAIT);
            assertThat(caughtUp.at("/entries/0/params/boardId").asLong()).isEqualTo(300);
            back.request("resume", "\"seq\": " + seq);
            assertThat(back.next("resync", WAIT).get("seq").asLong()).isGreaterThan(seq);
        }
    }

    @Test
    void redis_killed_and_restarted_during_traffic_ends_in_resync_with_no_update_lost() throws Exception {
        long board = 400;
        try (Viewer onOne = new Viewer("ann", board);
                Viewer onTwo = new Viewer("bob", board)) {
            onOne.connect(one);
            onTwo.connect(two);
            int last = 60;
            for (int i = 1; i <= last; i++) {
                if (i == 20) {
                    redis.kill();
                }
                if (i == 40) {
                    redis.launch();
                }
                LiveNode writer = i % 2 == 0 ? one : two;
                assertThat(writer.call("ann", "set_counter", "{\"boardId\": " + board + ", \"value\": " + i + "}")
                                .status())
                        .as("the mutation itself succeeds whatever Redis does")
                        .isEqualTo(200);
                Thread.sleep(25);
            }
            for (Viewer v : List.of(onOne, onTwo)) {
                v.settle(last);
                assertThat(v.value()).as(v + " ends with the last value").isEqualTo(last);
                assertThat(v.lost(last)).as(v + " lost updates").isZero();
                assertThat(v.resyncs()).as(v + " was told to resync").isPositive();
            }
            // Fan-out works again after the restart.
            one.call("ann", "set_counter", "{\"boardId\": " + board + ", \"value\": 61}");
            for (Viewer v : List.of(onOne, onTwo)) {
                v.settle(61);
                assertThat(v.mergedValues()).as(v + " pushed again").contains(61L);
            }
        }
    }

    @Test
    void clients_of_an_instance_that_goes_away_reconnect_to_the_other_and_miss_nothing() throws Exception {
        long board = 500;
        LiveNode third = node();
        try (Viewer viewer = new Viewer("bob", board)) {
            viewer.connect(third);
            int last = 30;
            for (int i = 1; i <= last; i++) {
                if (i == 10) {
                    third.close();
                    viewer.awaitClosed();
                }
                if (i == 20) {
                    viewer.connect(two);
                }
                one.call("ann", "set_counter", "{\"boardId\": " + board + ", \"value\": " + i + "}");
                Thread.sleep(10);
            }
            viewer.settle(last);
            assertThat(viewer.value()).isEqualTo(last);
            assertThat(viewer.lost(last)).isZero();
            assertThat(viewer.mergedValues())
                    .as("the values set while it was away were replayed on reconnect")
                    .contains(10L, 15L, 19L);
        } finally {
            third.close();
        }
    }

    /**
     * A client of one board as the kernel is: applies pushed merges, refetches on invalidate and
     * resync, reconnects with the last seq it applied. Records what reached it.
     */
    static final class Viewer implements AutoCloseable {
        private final String user;
        private final long board;
        private volatile LiveNode node;
        private volatile Socket socket;
        private volatile Thread pump;
        private final AtomicLong value = new AtomicLong();
        private final AtomicLong lastSeq = new AtomicLong(-1);
        private final AtomicLong maxFetched = new AtomicLong();
        private final Set<Long> merged = ConcurrentHashMap.newKeySet();
        private final AtomicInteger resyncs = new AtomicInteger();

        Viewer(String user, long board) {
            this.user = user;
            this.board = board;
        }

        void connect(LiveNode to) {
            node = to;
            socket = to.socket(user);
            socket.next("ready", WAIT);
            if (lastSeq.get() < 0) {
                fetch();
            }
            JsonNode ok = socket.request(
                    "subscribe",
                    "\"context\": \"board\", \"params\": {\"boardId\": " + board + "}, \"since\": " + lastSeq.get());
            assertThat(ok.get("result").isNull()).as(ok.toString()).isTrue();
            Socket mine = socket;
            pump = Thread.ofPlatform().daemon().start(() -> pump(mine));
        }

        private void pump(Socket s) {
            while (!s.isClosed() || s.hasFrames()) {
                JsonNode f = s.poll(Duration.ofMillis(50));
                if (f == null || !f.has("type")) {
                    continue;
                }
                switch (f.get("type").asString()) {
                    case "merge" -> {
                        for (JsonNode e : f.get("entries")) {
                            long v = e.at("/value/value").asLong();
                            merged.add(v);
                            value.set(v);
                        }
                        seen(f);
                    }
                    case "invalidate" -> {
                        seen(f);
                        fetch();
                    }
                    case "resync" -> {
                        resyncs.incrementAndGet();
                        seen(f);
                        fetch();
                    }
                    default -> {}
                }
            }
        }

        private void seen(JsonNode f) {
            lastSeq.accumulateAndGet(f.get("seq").asLong(), Math::max);
        }

        private void fetch() {
            LiveNode.Answer a = node.context(user, "board/?boardId=" + board);
            long v = a.json().at("/counter/value").asLong();
            value.set(v);
            maxFetched.accumulateAndGet(v, Math::max);
            if (a.seq() >= 0) {
                lastSeq.accumulateAndGet(a.seq(), Math::max);
            }
        }

        void awaitClosed() {
            socket.closeCode(WAIT);
        }

        /** Waits until the view shows {@code expected} (bounded), then lets stragglers arrive. */
        void settle(long expected) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (value.get() != expected && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(QUIET.toMillis());
        }

        long value() {
            return value.get();
        }

        Set<Long> mergedValues() {
            return merged;
        }

        int resyncs() {
            return resyncs.get();
        }

        /** Values 1..n that reached this client neither pushed nor through a later refetch. */
        long lost(int n) {
            long fetched = maxFetched.get();
            long lost = 0;
            for (long i = 1; i <= n; i++) {
                if (!merged.contains(i) && fetched < i) {
                    lost++;
                }
            }
            return lost;
        }

        @Override
        public void close() throws InterruptedException {
            Socket s = socket;
            if (s != null) {
                s.close();
            }
            Thread t = pump;
            if (t != null) {
                t.join(WAIT.toMillis());
            }
        }

        @Override
        public String toString() {
            return "viewer " + user;
        }
    }
}
