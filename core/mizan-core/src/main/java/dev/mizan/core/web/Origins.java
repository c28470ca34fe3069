package dev.mizan.core.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
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
}
