package dev.mizan.core.jwt;

import java.time.Instant;

/**
 * Where spent refresh tokens and revoked token families are remembered, until the tokens they
 * concern would have expired anyway. Shared by every instance and kept across restarts in
 * production ({@link JdbcRevocationStore}); {@link InMemoryRevocationStore} for tests and
 * single-instance development.
 */
public interface RevocationStore {

    /**
     * Marks a refresh token as used, atomically: {@code true} the first time, {@code false} when
     * it was already spent (a replay).
     */
    boolean spend(String jti, Instant expires);

    /** Revokes every token of a family (a login and all its refreshes) until {@code expires}. */
    void revokeFamily(String family, Instant expires);

    /** Whether the family was revoked (logout, or a replayed refresh token). */
    boolean familyRevoked(String family);
}
