package dev.mizan.ssr;

import java.util.Map;

/**
 * The pool's counters since it started.
 *
 * @param rendered pages rendered on the server
 * @param fallbacks renders that fell back to the shell, by reason
 * @param started workers started (the first ones and every replacement)
 * @param replaced workers replaced after a crash, hang, failed ping or spent budget
 * @param live workers running now
 */
public record SsrStats(long rendered, Map<RenderResult.Reason, Long> fallbacks, long started, long replaced, int live) {

    public SsrStats {
        fallbacks = Map.copyOf(fallbacks);
    }

    /** Fallbacks of one reason. */
    public long fallbacks(RenderResult.Reason reason) {
        return fallbacks.getOrDefault(reason, 0L);
    }
}
