package dev.mizan.spring.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Redis store over real HTTP with a real redis-server: shared by instances, purged across them, bypassed when down. */
class OriginCacheRedisTest {

    private RedisServer redis;
    private Instance one;
    private Instance two;

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start();
        // Near entries kept for minutes: only Redis's invalidation pushes (never their expiry) keep answers right here.
        String[] properties = {
            "mizan.cache.secret=" + Instance.SECRET,
            "mizan.cache.redis-url=" + redis.url(),
            "mizan.cache.redis-near-ttl=5m"
        };
        one = Instance.start(properties);
        two = Instance.start(properties);
    }

    @AfterEach
    void stop() throws Exception {
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
    void instances_share_the_store_and_a_mutation_on_one_purges_the_view_of_the_other() {
        assertThat(two.catalog("ann", "7").cache()).isEqualTo("miss");
        assertThat(one.catalog("ann", "7").cache()).as("filled by instance two").isEqualTo("hit");
        assertThat(two.catalog("ann", "7").cache()).isEqualTo("hit");

        assertThat(one.call("ann", "rename_item", "{\"itemId\":7,\"name\":\"renamed\"}")
                        .status())
                .isEqualTo(200);
        // Instance two's data is separate in this test app; the point is that its cached answer is gone.
        two.catalog().names.put(7L, "renamed");

        Instance.Answer after = two.catalog("ann", "7");
        assertThat(after.cache()).isEqualTo("miss");
        assertThat(after.json().get("catalog_item").get("name").asString()).isEqualTo("renamed");
        assertThat(one.get(null, "/health/").json().get("cache").get("backend").asString())
                .isEqualTo("redis");
    }

    @Test
    void every_answer_stays_correct_when_redis_is_killed_mid_traffic_and_the_health_shows_it() throws Exception {
        for (int i = 0; i < 24; i++) {
            if (i == 8) {
                redis.kill();
            }
            String name = "name-" + i;

            Instance.Answer mutation = one.call("ann", "rename_item", "{\"itemId\":9,\"name\":\"" + name + "\"}");
            Instance.Answer read = one.catalog("ann", "9");
            Instance.Answer again = one.catalog("ann", "9");

            assertThat(mutation.status()).isEqualTo(200);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().get("catalog_item").get("name").asString()).isEqualTo(name);
            assertThat(again.json().get("catalog_item").get("name").asString()).isEqualTo(name);
            if (i < 8) {
                assertThat(again.cache()).isEqualTo("hit");
            } else {
                assertThat(again.cache()).as("bypassed").isEqualTo("miss");
            }
        }
        Instance.Answer health = one.get(null, "/health/");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asString()).isEqualTo("DEGRADED");
        assertThat(health.json().get("cache").get("up").asBoolean()).isFalse();

        redis.launch();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!one.get(null, "/health/").json().get("status").asString().equals("UP")
                && System.nanoTime() < deadline) {
            one.catalog("ann", "9");
            Thread.sleep(100);
        }
        assertThat(one.get(null, "/health/").json().get("status").asString()).isEqualTo("UP");
        one.catalog("ann", "9");
        Instance.Answer cachedAgain = one.catalog("ann", "9");
        assertThat(cachedAgain.cache()).isEqualTo("hit");
        assertThat(cachedAgain.json().get("catalog_item").get("name").asString())
                .isEqualTo("name-23");
    }

    @Test
    void a_repeated_read_is_answered_from_the_near_cache_and_a_purge_on_one_instance_reaches_the_other_at_once()
            throws Exception {
        assertThat(two.catalog("ann", "11").cache()).isEqualTo("miss");
        assertThat(two.catalog("ann", "11").cache())
                .as("read from Redis, kept near")
                .isEqualTo("hit");
        long gets = redis.calls("get");
        for (int i = 0; i < 20; i++) {
            assertThat(two.catalog("ann", "11").cache()).isEqualTo("hit");
        }
        assertThat(redis.calls("get")).as("twenty hits, no Redis read").isEqualTo(gets);

        // Purged by instance one: Redis pushes the invalidation to instance two, whose next read misses.
        assertThat(one.call("ann", "rename_item", "{\"itemId\":11,\"name\":\"renamed near\"}")
                        .status())
                .isEqualTo(200);
        two.catalog().names.put(11L, "renamed near");
        Instance.Answer after = two.catalog("ann", "11");
        assertThat(after.cache()).isEqualTo("miss");
        assertThat(after.json().get("catalog_item").get("name").asString()).isEqualTo("renamed near");

        // Near entries are keyed like Redis's: a member's answer is never served to staff or to anonymous callers.
        assertThat(two.catalog("ann", "11").cache()).isEqualTo("hit");
        assertThat(two.catalog("ann", "11").cache()).isEqualTo("hit");
        assertThat(two.catalog("sam", "11").cache()).isEqualTo("miss");
        assertThat(two.catalog(null, "11").cache()).isEqualTo("miss");
    }
}
