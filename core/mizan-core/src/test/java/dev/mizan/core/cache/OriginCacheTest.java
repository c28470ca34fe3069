package dev.mizan.core.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.PermissionKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class OriginCacheTest {

    private static final String SECRET = "a-test-secret-of-at-least-32-chars!";

    private static OriginCache.Request request(int id, int rev, PermissionKey perm) {
        ObjectNode params = JsonNodeFactory.instance.objectNode().put("id", id);
        return new OriginCache.Request("catalog", "item", params, rev, perm, Duration.ofMinutes(5));
    }

    private static OriginCache memory(CacheSettings settings) {
        return new OriginCache(settings, OriginCache.memoryStore(settings));
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_rev_bump_orphans_the_old_key() throws Throwable {
        OriginCache cache = memory(CacheSettings.inMemory(SECRET));
        cache.fetch(request(1, 1, PermissionKey.ANON), () -> json("\"v1\""));

        assertThat(cache.fetch(request(1, 1, PermissionKey.ANON), () -> json("\"x\""))
                        .hit())
                .isTrue();
        OriginCache.Answer bumped = cache.fetch(request(1, 2, PermissionKey.ANON), () -> json("\"v2\""));
        assertThat(bumped.hit()).isFalse();
        assertThat(new String(bumped.json(), StandardCharsets.UTF_8)).isEqualTo("\"v2\"");
    }

    @Test
    void concurrent_misses_of_one_key_compute_once() throws Exception {
        OriginCache cache = memory(CacheSettings.inMemory(SECRET));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        List<Future<OriginCache.Answer>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> {
                    try {
                        return cache.fetch(request(7, 1, PermissionKey.AUTH), () -> {
                            runs.incrementAndGet();
                            release.await();
                            return json("7");
                        });
                    } catch (Throwable t) {
                        throw new AssertionError(t);
                    }
                }));
            }
            while (runs.get() == 0) {
                Thread.onSpinWait();
            }
            Thread.sleep(100);
            release.countDown();
            for (Future<OriginCache.Answer> a : answers) {
                assertThat(new String(a.get().json(), StandardCharsets.UTF_8)).isEqualTo("7");
            }
        }
        assertThat(runs.get()).isEqualTo(1);
    }

    @Test
    void an_answer_computed_while_its_context_was_purged_is_not_stored() throws Throwable {
        OriginCache cache = memory(CacheSettings.inMemory(SECRET));
        cache.fetch(request(3, 1, PermissionKey.ANON), () -> {
            cache.purge("catalog", Map.of("id", IntNode.valueOf(3)), null);
            return json("\"stale\"");
        });
        assertThat(cache.fetch(request(3, 1, PermissionKey.ANON), () -> json("\"fresh\""))
                        .hit())
                .isFalse();
    }

    @Test
    void purges_by_instance_by_slot_and_whole_context() throws Throwable {
        OriginCache cache = memory(CacheSettings.inMemory(SECRET));
        for (int id = 1; id <= 3; id++) {
            int n = id;
            cache.fetch(request(n, 1, PermissionKey.STAFF), () -> json(Integer.toString(n)));
        }
        cache.purge("catalog", Map.of("id", IntNode.valueOf(1)), null);
        cache.purge("catalog", Map.of("id", IntNode.valueOf(2)), "another_member");

        assertThat(cache.fetch(request(1, 1, PermissionKey.STAFF), () -> json("1"))
                        .hit())
                .isFalse();
        assertThat(cache.fetch(request(2, 1, PermissionKey.STAFF), () -> json("2"))
                        .hit())
                .isTrue();
        cache.purge("other", null, null);
        assertThat(cache.fetch(request(3, 1, PermissionKey.STAFF), () -> json("3"))
                        .hit())
                .isTrue();
        cache.purge("catalog", null, null);
        assertThat(cache.fetch(request(3, 1, PermissionKey.STAFF), () -> json("3"))
                        .hit())
                .isFalse();
    }

    @Test
    void after_a_rotation_entries_under_the_previous_secret_are_still_read() throws Throwable {
        CacheSettings before = CacheSettings.inMemory(SECRET);
        CacheStore store = OriginCache.memoryStore(before);
        new OriginCache(before, store).fetch(request(5, 1, PermissionKey.ANON), () -> json("5"));

        CacheSettings after = new CacheSettings(
                "the-new-secret-after-rotation-0123456789",
                SECRET,
                null,
                1 << 20,
                1000,
                Duration.ofMillis(250),
                false,
                Duration.ZERO);
        assertThat(new OriginCache(after, store)
                        .fetch(request(5, 1, PermissionKey.ANON), () -> json("x"))
                        .hit())
                .isTrue();
    }

    @Test
    void the_memory_store_is_bounded_by_entries() throws Throwable {
        CacheSettings small = CacheSettings.inMemory(SECRET).withBounds(1 << 20, 100);
        CacheStore store = OriginCache.memoryStore(small);
        OriginCache cache = new OriginCache(small, store);
        for (int i = 0; i < 1000; i++) {
            int n = i;
            cache.fetch(request(n, 1, PermissionKey.ANON), () -> json(Integer.toString(n)));
        }
        assertThat(((MemoryStore) store).size()).isLessThanOrEqualTo(100);
    }
}
