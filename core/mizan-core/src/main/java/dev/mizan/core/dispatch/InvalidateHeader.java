package dev.mizan.core.dispatch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Formats invalidation entries for the {@code X-Mizan-Invalidate} header: comma-separated, each
 * {@code NAME} or {@code NAME?param=value&…} (URL-encoded), with {@code #slot} when slot-scoped.
 */
public final class InvalidateHeader {

    private InvalidateHeader() {}

    /**
     * The header for these entries within {@code limit} bytes, or {@code null} when there are none.
     * When the scoped form is longer (a long argument value scopes an entry), every entry is
     * widened to its unscoped form ({@code NAME}, {@code NAME#slot}), duplicates dropped: a client
     * or edge then invalidates every instance of those contexts, never fewer than it should. The
     * body's {@code invalidate} keeps the exact entries.
     */
    public static @Nullable String bounded(List<InvalidateEntry> entries, int limit) {
        if (entries.isEmpty()) {
            return null;
        }
        String exact = format(entries);
        if (exact.length() <= limit) {
            return exact;
        }
        return format(widened(entries));
    }

    /** The unscoped form of the entries, in order, without duplicates. */
    public static List<InvalidateEntry> widened(List<InvalidateEntry> entries) {
        Set<InvalidateEntry> out = new LinkedHashSet<>();
        for (InvalidateEntry e : entries) {
            out.add(new InvalidateEntry(e.context(), null, e.slot()));
        }
        return List.copyOf(out);
    }

    public static String format(List<InvalidateEntry> entries) {
        StringJoiner header = new StringJoiner(",");
        for (InvalidateEntry entry : entries) {
            StringBuilder one = new StringBuilder(encode(entry.context()));
            Map<String, JsonNode> params = entry.params();
            if (params != null && !params.isEmpty()) {
                StringJoiner query = new StringJoiner("&", "?", "");
                new TreeMap<>(params).forEach((k, v) -> query.add(encode(k) + "=" + encode(text(v))));
                one.append(query);
            }
            if (entry.slot() != null) {
                one.append('#').append(encode(entry.slot()));
            }
            header.add(one);
        }
        return header.toString();
    }

    /** The text form of a param value: strings as they are, other scalars as JSON, structures as JSON. */
    static String text(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        return value.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
