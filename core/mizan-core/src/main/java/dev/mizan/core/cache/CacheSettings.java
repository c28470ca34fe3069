package dev.mizan.core.cache;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * How the origin cache runs; adapters fill it from their configuration ({@code mizan.cache.*}).
 *
 * @param secret the HMAC secret keys are derived under (at least {@link #MIN_SECRET_LENGTH} characters)
 * @param previousSecret the secret before a rotation, still read (never written) until its entries expire; or {@code null}
 * @param redisUrl a Redis URI ({@code redis://host:port/db}); {@code null} keeps the cache in memory
 * @param maxBytes the in-memory bound on cached bytes
 * @param maxEntries the in-memory bound on entries
 * @param redisTimeout how long a Redis command may take before the cache is bypassed
 * @param reportKeys whether answers report the keys they used ({@code X-Mizan-Cache-Keys}); for conformance fixtures only
 * @param redisNearTtl with Redis, how long an instance keeps a Redis answer in its own memory (a near
 *     cache, bounded like the in-memory store) while Redis tracks the key for it; zero turns it off
 */
public record CacheSettings(
        String secret,
        @Nullable String previousSecret,
        @Nullable String redisUrl,
        long maxBytes,
        long maxEntries,
        Duration redisTimeout,
        boolean reportKeys,
        Duration redisNearTtl) {

    /** The shortest accepted secret, in characters. */
    public static final int MIN_SECRET_LENGTH = 32;

    public CacheSettings {
        check("mizan.cache.secret", secret);
        if (previousSecret != null && !previousSecret.isEmpty()) {
            check("mizan.cache.previous-secret", previousSecret);
        }
        if (previousSecret != null && previousSecret.isEmpty()) {
            previousSecret = null;
        }
        if (redisUrl != null && redisUrl.isBlank()) {
            redisUrl = null;
        }
        if (redisNearTtl.isNegative()) {
            throw new CacheConfigException("mizan.cache.redis-near-ttl must not be negative");
        }
        if (maxBytes <= 0 || maxEntries <= 0) {
            throw new CacheConfigException("mizan.cache.max-bytes and mizan.cache.max-entries must be positive");
        }
    }

    /** The default {@link #redisNearTtl()}: one second. */
    public static final Duration DEFAULT_NEAR_TTL = Duration.ofSeconds(1);

    /** In memory, 64 MiB and 100,000 entries at most, with one secret. */
    public static CacheSettings inMemory(String secret) {
        return new CacheSettings(
                secret, null, null, 64L << 20, 100_000, Duration.ofMillis(250), false, DEFAULT_NEAR_TTL);
    }

    public CacheSettings withRedis(@Nullable String url) {
        return new CacheSettings(
                secret, previousSecret, url, maxBytes, maxEntries, redisTimeout, reportKeys, redisNearTtl);
    }

    public CacheSettings withPreviousSecret(@Nullable String previous) {
        return new CacheSettings(
                secret, previous, redisUrl, maxBytes, maxEntries, redisTimeout, reportKeys, redisNearTtl);
    }

    public CacheSettings withBounds(long bytes, long entries) {
        return new CacheSettings(
                secret, previousSecret, redisUrl, bytes, entries, redisTimeout, reportKeys, redisNearTtl);
    }

    public CacheSettings withReportKeys(boolean report) {
        return new CacheSettings(
                secret, previousSecret, redisUrl, maxBytes, maxEntries, redisTimeout, report, redisNearTtl);
    }

    public CacheSettings withRedisNearTtl(Duration nearTtl) {
        return new CacheSettings(
                secret, previousSecret, redisUrl, maxBytes, maxEntries, redisTimeout, reportKeys, nearTtl);
    }

    private static void check(String property, @Nullable String secret) {
        if (secret == null || secret.isBlank()) {
            throw new CacheConfigException(property + " is required when the origin cache is on (a context member"
                    + " declares @Cached): set it to a random string of at least " + MIN_SECRET_LENGTH
                    + " characters, the same on every instance");
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new CacheConfigException(property + " is too short: " + secret.length() + " characters, at least "
                    + MIN_SECRET_LENGTH + " are needed");
        }
    }
}
