package dev.mizan.core;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Opts a context member into the origin cache: {@code @Client(context = "catalog", cache =
 * @Cached(ttl = "5m"))}. Its answers are kept under the cache key (function, params as bound,
 * rev, the caller's permission key) for the TTL, and purged by every invalidation or merge entry
 * that touches them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Cached {

    /**
     * Time to live: whole seconds, minutes, hours or days ({@code 30s}, {@code 5m}, {@code 1h},
     * {@code 1d}) or an ISO-8601 duration ({@code PT90S}); empty (the default) means not cached.
     */
    String ttl() default "";
}
