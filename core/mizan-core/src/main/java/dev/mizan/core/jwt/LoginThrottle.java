package dev.mizan.core.jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Limits failed logins per account and per client address over a sliding window: once either has
 * reached its limit, further attempts are refused (even with the right password) until the oldest
 * failure leaves the window. A successful login clears the account's failures. Kept in this JVM's
 * memory: each instance counts on its own.
 */
public final class LoginThrottle {

    /**
     * @param perAccount failures allowed per account within the window
     * @param perAddress failures allowed per client address within the window
     * @param window how long a failure counts
     */
    public record Limits(int perAccount, int perAddress, Duration window) {
        public Limits {
            if (perAccount < 1 || perAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("mizan.jwt.login: limits must be positive");
            }
        }
    }

    private static final int MAX_KEYS = 100_000;

    private final Limits limits;
    private final Clock clock;
    private final ConcurrentMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Limits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** Seconds until an attempt is allowed again, or 0 when it is allowed now. */
    public long retryAfter(String username, @Nullable String address) {
        Instant now = clock.instant();
        long wait = wait(account(username), limits.perAccount(), now);
        if (address != null) {
            wait = Math.max(wait, wait("ip:" + address, limits.perAddress(), now));
        }
        return wait;
    }

    /** Records a failed attempt. */
    public void failed(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (failures.size() > MAX_KEYS) {
            for (String key : failures.keySet()) {
                failures.computeIfPresent(key, (k, q) -> {
                    prune(q, now);
                    return q.isEmpty() ? null : q;
                });
            }
        }
        record(account(username), now);
        if (address != null) {
            record("ip:" + address, now);
        }
    }

    /** Clears the account's failures after a successful login. */
    public void succeeded(String username) {
        failures.remove(account(username));
    }

    private static String account(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private void record(String key, Instant now) {
        failures.compute(key, (k, q) -> {
            Deque<Instant> queue = q == null ? new ArrayDeque<>() : q;
            prune(queue, now);
            queue.addLast(now);
            return queue;
        });
    }

    private long wait(String key, int limit, Instant now) {
        long[] seconds = {0};
        failures.computeIfPresent(key, (k, q) -> {
            prune(q, now);
            if (q.size() >= limit) {
                Instant free = q.peekFirst().plus(limits.window());
                seconds[0] = Math.max(1, Duration.between(now, free).toSeconds() + 1);
            }
            return q.isEmpty() ? null : q;
        });
        return seconds[0];
    }

    private void prune(Deque<Instant> queue, Instant now) {
        while (!queue.isEmpty() && !queue.peekFirst().plus(limits.window()).isAfter(now)) {
            queue.removeFirst();
        }
    }
}
