package dev.mizan.core;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How a page is rendered and who may keep it (PSR, MIZAN.md §5 "edge manifest", docs/pages.md).
 */
public enum RenderStrategy {
    /** Rendered per request with the caller's data; never kept by a shared cache. */
    SSR,
    /** The client-rendered shell: the browser fetches the page's data itself. */
    CSR,
    /** Rendered once, with no caller, and served as is to everyone: public data only. */
    STATIC,
    /** Rendered at the origin for the caller's permission class and kept by an edge per class. */
    EDGE;

    /** The name written in the IR and the edge manifest ({@code ssr}, {@code csr}, {@code static}, {@code edge}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy of a wire name, or {@code null}. */
    public static @Nullable RenderStrategy fromWireName(String name) {
        for (RenderStrategy r : values()) {
            if (r.wireName().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /** Whether one rendering of the page is served to more than one caller. */
    public boolean shared() {
        return this == STATIC || this == EDGE;
    }
}
