package dev.mizan.ssr;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The answer to {@code GET} of a server-rendered page, the same on every adapter (docs/ssr.md): the
 * rendered page with its status, or the client-rendered shell with 200 (what a CSR page answers)
 * when there is no pool or the render fell back. The adapter only writes {@link #status()},
 * {@link #headers()} and {@link #body()}.
 */
public final class SsrPage {

    /** The header saying how the page was made: {@code ssr}, or {@code csr; fallback=REASON}. */
    public static final String RENDER_HEADER = "X-Mizan-Render";

    private final int status;
    private final byte[] body;
    private final String render;

    private SsrPage(int status, byte[] body, String render) {
        this.status = status;
        this.body = body;
        this.render = render;
    }

    /**
     * Renders the page at {@code url} (path and query) through {@code pool}, or gives the shell.
     *
     * @param pool the running pool, or {@code null} when SSR is off (the shell, always)
     * @param shell the client build's {@code index.html}
     * @param reader the page's context reads, answered for this request's caller
     * @param seq the live log's seq read before the render, or {@code null} when live updates are off
     */
    public static SsrPage serve(
            @Nullable SsrPool pool, byte[] shell, String url, ContextReader reader, @Nullable Long seq) {
        Objects.requireNonNull(shell, "shell");
        if (pool == null) {
            return new SsrPage(200, shell, "csr");
        }
        return switch (pool.render(url, reader, seq)) {
            case RenderResult.Rendered page ->
                new SsrPage(page.status(), page.html().getBytes(StandardCharsets.UTF_8), "ssr");
            case RenderResult.Fallback fallback ->
                new SsrPage(
                        200, shell, "csr; fallback=" + fallback.reason().name().toLowerCase(Locale.ROOT));
        };
    }

    public int status() {
        return status;
    }

    /** The page's bytes (UTF-8 HTML); the caller must not change them. */
    public byte[] body() {
        return body;
    }

    /** {@code ssr}, {@code csr} (no pool) or {@code csr; fallback=timeout} and the like. */
    public String render() {
        return render;
    }

    /**
     * The headers to send: the HTML content type, {@code Cache-Control: no-store} (the page holds the
     * caller's own data) and {@link #RENDER_HEADER}.
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "text/html;charset=UTF-8");
        headers.put("Cache-Control", "no-store");
        headers.put(RENDER_HEADER, render);
        return headers;
    }
}
