package dev.mizan.core.cache;

/**
 * The state of the origin cache's store, for health endpoints.
 *
 * @param backend {@code memory} or {@code redis}
 * @param up whether the store is used; when not, every answer is computed (bypass)
 * @param detail why it is down, or a short description
 */
public record CacheHealth(String backend, boolean up, String detail) {}
