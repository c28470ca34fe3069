package dev.mizan.core.cache;

import java.util.Map;

/**
 * How a context bundle used the origin cache, for the adapter's headers: {@code hit} when every
 * cached member was found, else {@code miss}; the key of each cached member when the cache
 * reports keys ({@code X-Mizan-Cache-Keys}, fixtures only), else empty.
 */
public record CacheReport(boolean hit, Map<String, String> keys) {

    public CacheReport {
        keys = Map.copyOf(keys);
    }

    /** {@code hit} or {@code miss}, the value of {@code X-Mizan-Cache}. */
    public String status() {
        return hit ? "hit" : "miss";
    }

    /** {@code member=key,…} sorted by member, the value of {@code X-Mizan-Cache-Keys}; empty when not reported. */
    public String keysHeader() {
        return String.join(
                ",",
                new java.util.TreeMap<>(keys)
                        .entrySet().stream()
                                .map(e -> e.getKey() + "=" + e.getValue())
                                .toList());
    }
}
