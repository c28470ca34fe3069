package dev.mizan.core.web;

import org.jspecify.annotations.Nullable;

/**
 * What an adapter reads from a {@code POST {base}/call/} before its body, for {@link CallChecks}.
 *
 * @param origin the {@code Origin} header
 * @param fetchSite the {@code Sec-Fetch-Site} header
 * @param ownOrigin this server's origin as the request addressed it, {@code scheme://host[:port]}
 * @param contentType the {@code Content-Type} header
 * @param csrfCookie the CSRF cookie's value
 * @param csrfHeader the {@code X-CSRF-Token} header
 * @param identity the caller's session identity ({@link CsrfTokens#identity})
 */
public record CallRequest(
        @Nullable String origin,
        @Nullable String fetchSite,
        String ownOrigin,
        @Nullable String contentType,
        @Nullable String csrfCookie,
        @Nullable String csrfHeader,
        String identity) {}
