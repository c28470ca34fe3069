package dev.mizan.spring;

import java.time.Duration;

/**
 * The {@code mizan.edge.*} properties (docs/edge.md): the MWT cookie an edge reads to learn a
 * caller's permission class, and the manifest at {@code {base}/edge/manifest/}. The tokens are
 * signed with keys derived from {@code mizan.cache.secret} (and {@code previous-secret} during a
 * rotation), the secret the edge also keys its cache with.
 */
public class MizanEdgeProperties {

    /** Whether to issue MWTs, serve the edge manifest and mark edge-cacheable answers. */
    private boolean enabled;

    /** How long an MWT lives; it is renewed once half of it has passed. */
    private Duration mwtTtl = Duration.ofMinutes(10);

    /** What the edge does with a context fetch without a valid MWT: anon (serve the anonymous answer) or pass (forward it). */
    private String withoutMwt = "anon";

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getMwtTtl() {
        return mwtTtl;
    }

    public void setMwtTtl(Duration mwtTtl) {
        this.mwtTtl = mwtTtl;
    }

    public String getWithoutMwt() {
        return withoutMwt;
    }

    public void setWithoutMwt(String withoutMwt) {
        this.withoutMwt = withoutMwt;
    }
}
