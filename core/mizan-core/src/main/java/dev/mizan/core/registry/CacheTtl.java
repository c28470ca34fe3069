package dev.mizan.core.registry;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads {@code @Cached(ttl)}: {@code 30s}, {@code 5m}, {@code 1h}, {@code 1d} or ISO-8601, whole seconds, positive. */
final class CacheTtl {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

    private CacheTtl() {}

    /** The TTL, or {@code null} when the text is no valid TTL. */
    static @Nullable Duration parse(String text) {
        Duration ttl;
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            ttl = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        } else {
            try {
                ttl = Duration.parse(text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        boolean wholeSeconds = ttl.getNano() == 0;
        return ttl.isNegative() || ttl.isZero() || !wholeSeconds || ttl.getSeconds() > Integer.MAX_VALUE ? null : ttl;
    }
}
