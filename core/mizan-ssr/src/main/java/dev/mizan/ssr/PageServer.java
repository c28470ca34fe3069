package dev.mizan.ssr;

import dev.mizan.core.MizanUser;
import dev.mizan.core.PermissionKey;
import dev.mizan.core.RenderStrategy;
import dev.mizan.core.edge.EdgeOrigin;
import dev.mizan.core.registry.PageDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a declared page by its render strategy (docs/pages.md), the same for every adapter:
 * {@code csr} the shell; {@code ssr} rendered per request as the caller; {@code static} rendered
 * once for no caller and served as is; {@code edge} rendered as the caller and marked for an edge
 * to keep per permission class. Any fallback serves the shell, never kept by anyone.
 */
public final class PageServer {

    private static final Logger LOG = LoggerFactory.getLogger(PageServer.class);

    /** The header saying how a page was answered. */
    public static final String RENDER_HEADER = "X-Mizan-Render";

    /**
     * A page answer.
     *
     * @param status the HTTP status
     * @param body the HTML ({@code text/html;charset=UTF-8}); empty for 304
     * @param headers the headers to set
     */
    public record Answer(int status, byte[] body, Map<String, String> headers) {}

    private final @Nullable SsrPool pool;
    private final byte[] shell;
    private final ContextReader anonymous;
    private final Map<String, Answer> prerendered = new ConcurrentHashMap<>();

    /**
     * @param pool the worker pool, or {@code null} when server rendering is off
     * @param shell the client build's {@code index.html}
     * @param anonymous the reads of a caller with no identity, for {@code static} pages
     */
    public PageServer(@Nullable SsrPool pool, String shell, ContextReader anonymous) {
        this.pool = pool;
        this.shell = shell.getBytes(StandardCharsets.UTF_8);
        this.anonymous = anonymous;
    }

    /**
     * The answer to {@code GET url} of a declared page.
     *
     * @param user the caller, for the permission class of an {@code edge} page
     * @param reader the caller's reads
     * @param seq the live log's seq read before the render ({@code ssr} pages embed it), or {@code null}
     * @param ifNoneMatch the request's {@code If-None-Match}, or {@code null}
     */
    public Answer serve(
            PageDescriptor page,
            String url,
            @Nullable MizanUser user,
            ContextReader reader,
            @Nullable Long seq,
            @Nullable String ifNoneMatch) {
        Answer answer = switch (page.render()) {
            case CSR -> html(200, shell, "csr", "no-store");
            case SSR -> ssr(url, reader, seq);
            case STATIC -> prerendered(page);
            case EDGE -> edge(page, url, user, reader);
        };
        String etag = answer.headers().get("ETag");
        if (etag != null && ifNoneMatch != null && ifNoneMatch.contains(etag)) {
            return new Answer(304, new byte[0], answer.headers());
        }
        return answer;
    }

    /** Renders every {@code static} page not rendered yet (at startup; a page that falls back is tried again on its next request). */
    public void prerender(Iterable<PageDescriptor> pages) {
        for (PageDescriptor page : pages) {
            if (page.render() == RenderStrategy.STATIC) {
                prerendered(page);
            }
        }
    }

    private Answer ssr(String url, ContextReader reader, @Nullable Long seq) {
        SsrPage page = SsrPage.serve(pool, shell, url, reader, seq);
        return new Answer(page.status(), page.body(), page.headers());
    }

    private Answer prerendered(PageDescriptor page) {
        Answer kept = prerendered.get(page.path());
        if (kept != null) {
            return kept;
        }
        SsrPool p = pool;
        if (p == null) {
            return html(200, shell, "csr", "no-store");
        }
        EmbeddedReads reads = new EmbeddedReads(page, anonymous);
        return switch (p.render(page.path(), reads, null)) {
            case RenderResult.Rendered r
            when r.status() == 200 && reads.clean() -> {
                byte[] body = bytes(r.html());
                Answer answer = html(200, body, "static", "no-cache");
                answer.headers().put("ETag", EdgeOrigin.etag(body));
                prerendered.put(page.path(), answer);
                LOG.info("mizan pages: {} prerendered ({} bytes)", page.path(), body.length);
                yield answer;
            }
            case RenderResult.Rendered r -> html(r.status(), bytes(r.html()), "static; not-kept", "no-store");
            case RenderResult.Fallback f -> fallback(f);
        };
    }

    private Answer edge(PageDescriptor page, String url, @Nullable MizanUser user, ContextReader reader) {
        SsrPool p = pool;
        if (p == null) {
            return html(200, shell, "csr", "no-store");
        }
        EmbeddedReads reads = new EmbeddedReads(page, reader);
        // No seq: the page is kept and served later, its state then older than any seq read now.
        return switch (p.render(url, reads, null)) {
            case RenderResult.Rendered r
            when r.status() == 200 && reads.clean() -> {
                byte[] body = bytes(r.html());
                Answer answer = html(200, body, "edge", EdgeOrigin.CACHE_CONTROL);
                answer.headers()
                        .put(EdgeOrigin.PERM_HEADER, PermissionKey.classOf(user).value());
                answer.headers().put("ETag", EdgeOrigin.etag(body));
                yield answer;
            }
            case RenderResult.Rendered r -> html(r.status(), bytes(r.html()), "edge; not-shared", "no-store");
            case RenderResult.Fallback f -> fallback(f);
        };
    }

    private Answer fallback(RenderResult.Fallback f) {
        return html(200, shell, "csr; fallback=" + f.reason().name().toLowerCase(Locale.ROOT), "no-store");
    }

    private static Answer html(int status, byte[] body, String how, String cacheControl) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", cacheControl);
        headers.put(RENDER_HEADER, how);
        return new Answer(status, body, headers);
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
