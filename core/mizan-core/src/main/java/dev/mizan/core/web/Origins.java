package dev.mizan.core.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Origins compared the way browsers form them: lower-case scheme and host, default ports left out. */
public final class Origins {

    private Origins() {}

    /** {@code scheme://host[:port]} in canonical form, or {@code null} when the text is not an origin. */
    public static @Nullable String normalize(@Nullable String origin) {
        if (origin == null || origin.isBlank() || origin.equals("null")) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return null;
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null
                || host == null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty())) {
            return null;
        }
        return of(scheme, host, uri.getPort());
    }

    /** The origin of a scheme, host and port ({@code -1} or the scheme's default port: none shown). */
    public static String of(String scheme, String host, int port) {
        String s = scheme.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
        return s + "://" + h + (defaultPort ? "" : ":" + port);
    }

    /**
     * Configured origins in canonical form.
     *
     * @throws IllegalArgumentException naming the first entry that is not {@code scheme://host[:port]}
     */
    public static Set<String> normalizeAll(Collection<String> origins) {
        Set<String> normalized = new LinkedHashSet<>();
        for (String origin : origins) {
            String n = normalize(origin);
            if (n == null) {
                throw new IllegalArgumentException("not an origin (scheme://host[:port]): " + origin);
            }
            normalized.add(n);
        }
        return Set.copyOf(normalized);
    }

    /**
     * Whether a browser's {@code Origin} may act on this server: it is the server's own origin as
     * the request addressed it, or one of {@code allowed} (canonical, see {@link #normalizeAll}),
     * or the browser itself reported {@code Sec-Fetch-Site: same-origin} (a header no page can set:
     * the page and the request share an origin, and a proxy in between, such as a development
     * server's, rewrote {@code Host}). {@code Origin: null} and malformed origins never may.
     */
    public static boolean accepted(
            String origin, @Nullable String fetchSite, @Nullable String ownOrigin, Set<String> allowed) {
        String normalized = normalize(origin);
        if (normalized == null) {
            return false;
        }
        return allowed.contains(normalized)
                || normalized.equals(normalize(ownOrigin))
                || (fetchSite != null && fetchSite.strip().equalsIgnoreCase("same-origin"));
    }
}
