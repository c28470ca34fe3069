import dev.mizan.core.PermissionKey;
import dev.mizan.core.cache.CacheKeys;
import dev.mizan.core.cache.CacheSettings;
import dev.mizan.core.cache.OriginCache;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Origin cache figures in one JVM: the cost of deriving one cache key (RFC 8785 canonical JSON of
 * the key input, then HMAC-SHA256, as every cached read does) against the HMAC of an already
 * canonical input alone; and the heap that 100,000 entries of the memory store take.
 * Usage: java -cp CLASSPATH Bench.java ROUNDS KEYS_PER_ROUND ENTRIES
 */
public class Bench {

    private static final String SECRET = "bench-only-secret-0123456789abcdef0123";

    public static void main(String[] args) throws Throwable {
        int rounds = Integer.parseInt(args[0]);
        int perRound = Integer.parseInt(args[1]);
        int entries = Integer.parseInt(args[2]);
        keyCost(rounds, perRound);
        memory(entries);
    }

    private static ObjectNode params(int i) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        params.put("projectId", 1000 + i % 997);
        params.put("lang", "en");
        return params;
    }

    private static void keyCost(int rounds, int perRound) {
        CacheKeys keys = new CacheKeys(SECRET);
        String canonical = CacheKeys.canonicalInput(
                CacheKeys.Kind.FN, "project_tasks", params(1), 1, PermissionKey.AUTH);
        long sink = 0;
        double[] full = new double[rounds];
        double[] hmacOnly = new double[rounds];
        for (int r = -2; r < rounds; r++) { // two unmeasured warm-up rounds
            long t0 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += keys.key(CacheKeys.Kind.FN, "project_tasks", params(i), 1, PermissionKey.AUTH)
                        .charAt(0);
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < perRound; i++) {
                sink += keys.hmac(canonical).charAt(0);
            }
            long t2 = System.nanoTime();
            if (r >= 0) {
                full[r] = (t1 - t0) / (double) perRound;
                hmacOnly[r] = (t2 - t1) / (double) perRound;
                System.out.printf("round %d: key %.0f ns, HMAC alone %.0f ns%n", r + 1, full[r], hmacOnly[r]);
            }
        }
        double f = median(full);
        double h = median(hmacOnly);
        System.out.printf("canonical input: %s (%d bytes)%n", canonical, canonical.getBytes(StandardCharsets.UTF_8).length);
        System.out.printf("key derivation: median %.0f ns per key (canonical JSON + HMAC-SHA256); "
                + "HMAC-SHA256 of the canonical input alone %.0f ns; ratio %.2fx (checksum %d)%n", f, h, f / h, sink);
    }

    private static void memory(int entries) throws Throwable {
        byte[] answer = ("{\"id\":1234,\"title\":\"Write the quarterly report\",\"done\":false,"
                        + "\"assignee\":\"ada\",\"due\":\"2026-12-01\"}")
                .getBytes(StandardCharsets.UTF_8);
        long before = usedAfterGc();
        OriginCache cache = OriginCache.create(CacheSettings.inMemory(SECRET).withBounds(1L << 30, entries));
        for (int i = 0; i < entries; i++) {
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.put("projectId", i);
            byte[] mine = Arrays.copyOf(answer, answer.length);
            cache.fetch(
                    new OriginCache.Request("project", "project_tasks", params, 1, PermissionKey.AUTH,
                            Duration.ofMinutes(5)),
                    () -> mine);
        }
        long after = usedAfterGc();
        int hits = 0;
        for (int i = 0; i < entries; i += 1000) {
            ObjectNode params = JsonNodeFactory.instance.objectNode();
            params.put("projectId", i);
            if (cache.fetch(new OriginCache.Request("project", "project_tasks", params, 1, PermissionKey.AUTH,
                    Duration.ofMinutes(5)), () -> answer).hit()) {
                hits++;
            }
        }
        System.out.printf("memory store: %d entries of a %d-byte answer take %.1f MiB of heap (%.0f bytes per entry); "
                        + "%d of %d sampled entries still cached%n",
                entries, answer.length, (after - before) / 1048576.0, (after - before) / (double) entries,
                hits, (entries + 999) / 1000);
        cache.close();
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
