package dev.mizan.core.web;

import org.jspecify.annotations.Nullable;

/** Reads one cookie from a request's {@code Cookie} header without decoding the others. */
public final class CookieHeaders {

    private CookieHeaders() {}

    /**
     * The value of the first cookie of that name ({@code name=value} pairs separated by {@code ;}),
     * surrounding double quotes removed, or {@code null} when there is none.
     */
    public static @Nullable String value(@Nullable String header, String name) {
        if (header == null) {
            return null;
        }
        int at = 0;
        int length = header.length();
        while (at < length) {
            while (at < length && (header.charAt(at) == ' ' || header.charAt(at) == '\t')) {
                at++;
            }
            int end = header.indexOf(';', at);
            if (end < 0) {
                end = length;
            }
            int eq = header.indexOf('=', at);
            if (eq > at && eq < end && eq - at == name.length() && header.regionMatches(at, name, 0, name.length())) {
                String value = header.substring(eq + 1, end).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
            at = end + 1;
        }
        return null;
    }
}
