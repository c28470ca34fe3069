/**
 * Server rendering (MIZAN.md §5 "SSR bridge", docs/ssr.md), framework-free so that every adapter
 * can use it: {@link dev.mizan.ssr.SsrPool} keeps long-lived Node workers (the {@code mizan-ssr}
 * worker) that render the application's server entry; each context a page reads comes back over
 * the worker protocol and is answered in-process on the request's thread by a
 * {@link dev.mizan.ssr.ContextReader}, normally the dispatcher with the caller's identity. Any
 * fault gives a {@link dev.mizan.ssr.RenderResult.Fallback}: the adapter serves the client-rendered
 * shell instead, never an error page.
 */
@NullMarked
package dev.mizan.ssr;

import org.jspecify.annotations.NullMarked;
