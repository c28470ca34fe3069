package dev.mizan.ssr;

/** What {@link SsrPool#render} gives: the page, or why the client-rendered shell must be served. */
public sealed interface RenderResult {

    /** The whole server-rendered page, the dehydrated state embedded. */
    record Rendered(String html, int status) implements RenderResult {}

    /** No server rendering this time; the adapter serves the shell with the status a CSR page has. */
    record Fallback(Reason reason) implements RenderResult {}

    /** Why a render fell back to the shell. */
    enum Reason {
        /** No worker could be started (Node missing, the entry failed to load) or the pool is closed. */
        UNAVAILABLE,
        /** Every worker stayed busy for the whole render timeout. */
        BUSY,
        /** The worker did not finish within the render timeout; it was killed and replaced. */
        TIMEOUT,
        /** The worker died during the render; it was replaced. */
        CRASH,
        /** The page's render failed (an exception in its shell); the worker goes on serving. */
        RENDER_ERROR
    }
}
