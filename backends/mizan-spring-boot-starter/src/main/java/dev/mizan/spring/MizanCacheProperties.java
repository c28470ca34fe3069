package dev.mizan.spring;

import dev.mizan.core.cache.CacheSettings;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.util.unit.DataSize;

/**
 * The {@code mizan.cache.*} properties of the origin cache, on when a context member declares
 * {@code @Cached}. Its secret is its own: independent of any CSRF or session secret.
 */
public class MizanCacheProperties {

    /** HMAC secret of cache keys, at least 32 characters, the same on every instance (required when caching is on). */
    private @Nullable String secret;

    /** The secret before a rotation: entries keyed under it are still served until they expire. */
    private @Nullable String previousSecret;

    /** Redis URI (redis://host:port/db) of a store shared by every instance; unset keeps the cache in memory. */
    private @Nullable String redisUrl;

    /** How long a Redis command may take before the cache is bypassed for that request. */
    private Duration redisTimeout = Duration.ofMillis(250);

    /**
     * With Redis, how long each instance also keeps a Redis answer in its own memory while Redis
     * tracks the key for it (purges reach every instance through Redis at once); 0 turns it off.
     */
    private Duration redisNearTtl = CacheSettings.DEFAULT_NEAR_TTL;

    /** Bound of the in-memory store on cached bytes. */
    private DataSize maxBytes = DataSize.ofMegabytes(64);

    /** Bound of the in-memory store on entries. */
    private long maxEntries = 100_000;

    /** Report each cached member's key in X-Mizan-Cache-Keys: for conformance fixtures, never in production. */
    private boolean reportKeys;

    /** The core's settings; throws a clear startup error when the secret is missing or too short. */
    CacheSettings settings() {
        return new CacheSettings(
                secret == null ? "" : secret,
                previousSecret,
                redisUrl,
                maxBytes.toBytes(),
                maxEntries,
                redisTimeout,
                reportKeys,
                redisNearTtl);
    }

    public Duration getRedisNearTtl() {
        return redisNearTtl;
    }

    public void setRedisNearTtl(Duration redisNearTtl) {
        this.redisNearTtl = redisNearTtl;
    }

    public @Nullable String getSecret() {
        return secret;
    }

    public void setSecret(@Nullable String secret) {
        this.secret = secret;
    }

    public @Nullable String getPreviousSecret() {
        return previousSecret;
    }

    public void setPreviousSecret(@Nullable String previousSecret) {
        this.previousSecret = previousSecret;
    }

    public @Nullable String getRedisUrl() {
        return redisUrl;
    }

    public void setRedisUrl(@Nullable String redisUrl) {
        this.redisUrl = redisUrl;
    }

    public Duration getRedisTimeout() {
        return redisTimeout;
    }

    public void setRedisTimeout(Duration redisTimeout) {
        this.redisTimeout = redisTimeout;
    }

    public DataSize getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(DataSize maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long getMaxEntries() {
        return maxEntries;
    }

    public void setMaxEntries(long maxEntries) {
        this.maxEntries = maxEntries;
    }

    public boolean isReportKeys() {
        return reportKeys;
    }

    public void setReportKeys(boolean reportKeys) {
        this.reportKeys = reportKeys;
    }
}
