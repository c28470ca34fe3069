package dev.mizan.conformance.suite;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * An invalidation entry in a comparable form: param values as the text they have in the
 * {@code X-Mizan-Invalidate} header, so header and body entries can be compared.
 *
 * @param context context name
 * @param params scoping params (empty when unscoped)
 * @param slot the member, when slot-scoped
 */
record Entry(
        String context,
        Map<String, String> params,
        @Nullable String slot) {

    Entry {
        params = new TreeMap<>(params);
    }

    /** Parses an {@code X-Mizan-Invalidate} header value: {@code NAME[?p=v&…][#slot]}, comma-separated. */
    static List<Entry> parseHeader(@Nullable String header) {
        List<Entry> entries = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return entries;
        }
        for (String part : header.split(",")) {
            String text = part.strip();
            String slot = null;
            int hash = text.indexOf('#');
            if (hash >= 0) {
                slot = decode(text.substring(hash + 1));
                text = text.substring(0, hash);
            }
            Map<String, String> params = new TreeMap<>();
            int query = text.indexOf('?');
            if (query >= 0) {
                for (String pair : text.substring(query + 1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq < 0) {
                        throw new AssertionError("param without a value in X-Mizan-Invalidate: " + header);
                    }
                    params.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
                }
                text = text.substring(0, query);
            }
            entries.add(new Entry(decode(text), params, slot));
        }
        return entries;
    }

    /** Converts the body's {@code invalidate} array (absent: empty). */
    static List<Entry> fromBody(JsonNode body) {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode entry : body.path("invalidate")) {
            Map<String, String> params = new TreeMap<>();
            entry.path("params")
                    .properties()
                    .forEach(
                            param -> params.put(param.getKey(), param.getValue().asString()));
            JsonNode slot = entry.get("slot");
            entries.add(new Entry(entry.path("context").asString(), params, slot == null ? null : slot.asString()));
        }
        return entries;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
