package dev.mizan.spring;

import dev.mizan.ssr.ContextReader;
import dev.mizan.ssr.SsrPage;
import dev.mizan.ssr.SsrPool;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Answers {@code GET} on the configured page paths (docs/ssr.md): the page rendered by the worker
 * pool, its context reads answered by the dispatcher as this request's caller, or the
 * client-rendered shell with 200 (what a CSR page answers) when SSR is off or the render fell back.
 * {@code X-Mizan-Render} says which: {@code ssr}, or {@code csr} with the fallback's reason. Runs
 * after the security filters, so a page needing a sign-in is refused as any page would be.
 */
final class SsrPages extends OncePerRequestFilter {

    private final List<PathPattern> pages;
    private final @Nullable SsrPool pool;
    private final byte @Nullable [] shell;
    private final MizanRuntime runtime;
    private final MizanUserResolver users;

    SsrPages(
            List<String> pages,
            @Nullable SsrPool pool,
            @Nullable String shell,
            MizanRuntime runtime,
            MizanUserResolver users) {
        this.pages =
                pages.stream().map(PathPatternParser.defaultInstance::parse).toList();
        this.pool = pool;
        this.shell = shell == null ? null : shell.getBytes(StandardCharsets.UTF_8);
        this.runtime = runtime;
        this.users = users;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return pages.stream().noneMatch(p -> p.matches(container));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] shell = this.shell;
        if (shell == null) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String url = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        ServletRequestHandle handle = new ServletRequestHandle(request, response, users);
        dev.mizan.core.live.LiveHub hub = runtime.live();
        // Read before the render, as GET /ctx/ reads X-Mizan-Seq before its fetch.
        Long seq = pool == null || hub == null ? null : hub.currentSeq();
        SsrPage page = SsrPage.serve(pool, shell, url, ContextReader.of(runtime.dispatcher(), handle), seq);
        response.setStatus(page.status());
        page.headers().forEach(response::setHeader);
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
