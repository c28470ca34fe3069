/**
 * The origin cache (MIZAN.md §5): cache keys (HMAC-SHA256 over RFC 8785 canonical JSON), the
 * in-memory and Redis stores, purge by invalidation entries and single-flight computation.
 * Adapters only translate its report into headers.
 */
@NullMarked
package dev.mizan.core.cache;

import org.jspecify.annotations.NullMarked;
