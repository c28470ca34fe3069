package dev.mizan.core.jwt;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A revocation store in this JVM's memory: for tests and single-instance development only, since
 * it is neither shared by instances nor kept across restarts. Expired entries are purged as new
 * ones arrive.
 */
public final class InMemoryRevocationStore implements RevocationStore {

    private static final int PURGE_EVERY = 1024;

    private final ConcurrentMap<String, Instant> spent = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Instant> families = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();
    private final Clock clock;

    public InMemoryRevocationStore() {
        this(Clock.systemUTC());
    }

    public InMemoryRevocationStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean spend(String jti, Instant expires) {
        purgeSometimes();
        return spent.putIfAbsent(jti, expires) == null;
    }

    @Override
    public void revokeFamily(String family, Instant expires) {
        purgeSometimes();
        families.merge(family, expires, (a, b) -> a.isAfter(b) ? a : b);
    }

    @Override
    public boolean familyRevoked(String family) {
        Instant until = families.get(family);
        return until != null && until.isAfter(clock.instant());
    }

    private void purgeSometimes() {
        if (writes.incrementAndGet() % PURGE_EVERY == 0) {
            Instant now = clock.instant();
            spent.values().removeIf(t -> t.isBefore(now));
            families.values().removeIf(t -> t.isBefore(now));
        }
    }
}
