package dev.mizan.spring;

import dev.mizan.core.RenderStrategy;
import dev.mizan.core.registry.PageDescriptor;
import dev.mizan.ssr.ContextReader;
import dev.mizan.ssr.PageRoutes;
import dev.mizan.ssr.PageServer;
import dev.mizan.ssr.SsrPool;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers {@code GET} on the declared pages (docs/pages.md: {@code @Page}, by render strategy) and on
 * the {@code mizan.ssr.pages} paths (server-rendered, docs/ssr.md) through the core's {@link
 * PageServer}: reads are answered by the dispatcher as this request's caller, or as nobody for a
 * {@code static} page. Runs after the security filters, so a page needing a sign-in is refused as
 * any page would be. Without the client build (no shell) the paths are left to the application.
 */
final class SsrPages extends OncePerRequestFilter {

    private final List<PathPattern> ssrPaths;
    private final @Nullable SsrPool pool;
    private final @Nullable String shell;
    private final MizanRuntime runtime;
    private final MizanUserResolver users;
    private volatile @Nullable PageRoutes routes;
    private volatile @Nullable PageServer server;

    SsrPages(
            List<String> ssrPaths,
            @Nullable SsrPool pool,
            @Nullable String shell,
            MizanRuntime runtime,
            MizanUserResolver users) {
        this.ssrPaths =
                ssrPaths.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.pool = pool;
        this.shell = shell;
        this.runtime = runtime;
        this.users = users;
    }

    /** Renders the {@code static} pages (at startup; one that falls back is tried again when asked for). */
    void prerender() {
        PageServer s = server();
        if (s != null) {
            s.prerender(runtime.registry().pages());
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || shell == null || page(path(request)) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        PageServer s = server();
        PageDescriptor page = page(path(request));
        if (s == null || page == null) {
            chain.doFilter(request, response);
            return;
        }
        String url = request.getQueryString() == null ? path(request) : path(request) + "?" + request.getQueryString();
        ServletRequestHandle handle = new ServletRequestHandle(request, response, users);
        dev.mizan.core.live.LiveHub hub = runtime.live();
        // Read before the render, as GET /ctx/ reads X-Mizan-Seq before its fetch.
        Long seq = hub == null ? null : hub.currentSeq();
        PageServer.Answer answer = s.serve(
                page,
                url,
                page.render() == RenderStrategy.EDGE ? handle.user() : null,
                ContextReader.of(runtime.dispatcher(), handle),
                seq,
                request.getHeader("If-None-Match"));
        response.setStatus(answer.status());
        answer.headers().forEach(response::setHeader);
        if (answer.status() != 304) {
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(answer.body().length);
            response.getOutputStream().write(answer.body());
        }
    }

    private @Nullable PageDescriptor page(String path) {
        PageRoutes declared = routes;
        if (declared == null) {
            declared = new PageRoutes(runtime.registry().pages());
            routes = declared;
        }
        PageRoutes.Match match = declared.match(path);
        if (match != null) {
            return match.page();
        }
        PathContainer container = PathContainer.parsePath(path);
        return ssrPaths.stream()
                .filter(p -> p.matches(container))
                .findFirst()
                .map(p -> new PageDescriptor(p.getPatternString(), RenderStrategy.SSR, List.of(), 0, "mizan.ssr.pages"))
                .orElse(null);
    }

    private @Nullable PageServer server() {
        PageServer s = server;
        if (s == null && shell != null) {
            s = new PageServer(pool, shell, ContextReader.anonymous(runtime.dispatcher()));
            server = s;
        }
        return s;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
