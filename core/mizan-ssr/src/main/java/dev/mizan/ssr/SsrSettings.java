package dev.mizan.ssr;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How an {@link SsrPool} runs its workers.
 *
 * @param node the Node executable ({@code node} on the PATH by default)
 * @param entry the application's server entry, built by Vite's SSR build; it exports
 *     {@code render(url, {fetch})} (docs/ssr.md)
 * @param template the client build's {@code index.html}: the page around the rendered root and the
 *     shell served on fallback
 * @param workers how many workers render in parallel
 * @param renderTimeout the longest a render may take before the shell is served instead
 * @param maxRequests renders after which a worker is replaced (bounds leaks)
 * @param maxRssBytes resident memory above which a worker is replaced after its render
 * @param healthInterval how often idle workers are pinged (a worker that does not answer is replaced)
 * @param startTimeout the longest a worker may take to load the entry and report ready
 */
public record SsrSettings(
        String node,
        Path entry,
        Path template,
        int workers,
        Duration renderTimeout,
        int maxRequests,
        long maxRssBytes,
        Duration healthInterval,
        Duration startTimeout) {

    public SsrSettings {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(template, "template");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, not " + workers);
        }
        if (renderTimeout.isNegative() || renderTimeout.isZero()) {
            throw new IllegalArgumentException("renderTimeout must be positive");
        }
        if (maxRequests < 1 || maxRssBytes < 1) {
            throw new IllegalArgumentException("maxRequests and maxRssBytes must be positive");
        }
    }

    /** The defaults: {@code node}, 2 workers, 5 s per render, 10 000 renders or 512 MiB, pinged every 10 s. */
    public static SsrSettings of(Path entry, Path template) {
        return new SsrSettings(
                "node",
                entry,
                template,
                2,
                Duration.ofSeconds(5),
                10_000,
                512L << 20,
                Duration.ofSeconds(10),
                Duration.ofSeconds(20));
    }

    public SsrSettings withNode(String value) {
        return new SsrSettings(
                value, entry, template, workers, renderTimeout, maxRequests, maxRssBytes, healthInterval, startTimeout);
    }

    public SsrSettings withWorkers(int value) {
        return new SsrSettings(
                node, entry, template, value, renderTimeout, maxRequests, maxRssBytes, healthInterval, startTimeout);
    }

    public SsrSettings withRenderTimeout(Duration value) {
        return new SsrSettings(
                node, entry, template, workers, value, maxRequests, maxRssBytes, healthInterval, startTimeout);
    }

    public SsrSettings withBudget(int requests, long rssBytes) {
        return new SsrSettings(
                node, entry, template, workers, renderTimeout, requests, rssBytes, healthInterval, startTimeout);
    }

    public SsrSettings withHealthInterval(Duration value) {
        return new SsrSettings(
                node, entry, template, workers, renderTimeout, maxRequests, maxRssBytes, value, startTimeout);
    }
}
