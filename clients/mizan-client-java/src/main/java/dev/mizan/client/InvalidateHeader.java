package dev.mizan.client;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parses {@code X-Mizan-Invalidate}: comma-separated entries {@code NAME} or
 * {@code NAME?param=value&…} (URL-encoded), each with an optional {@code #slot}. Tolerant like
 * the browser kernel's parser, and it only ever widens: a blank entry is skipped, an entry whose
 * name cannot be decoded is dropped, and one whose params cannot be read becomes unscoped.
 */
public final class InvalidateHeader {

    private InvalidateHeader() {}

    /** The entries of a header value; empty for {@code null}. */
    public static List<InvalidateEntry> parse(@Nullable String value) {
        List<InvalidateEntry> entries = new ArrayList<>();
        if (value == null) {
            return entries;
        }
        for (String part : value.split(",", -1)) {
            InvalidateEntry entry = entry(part.strip());
            if (entry != null) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static @Nullable InvalidateEntry entry(String text) {
        int hash = text.indexOf('#');
        String head = hash < 0 ? text : text.substring(0, hash);
        int question = head.indexOf('?');
        String context = decode((question < 0 ? head : head.substring(0, question)).strip());
        if (context == null || context.isEmpty()) {
            return null;
        }
        Map<String, JsonNode> params = question < 0 ? null : query(head.substring(question + 1));
        String slot = hash < 0 ? null : decode(text.substring(hash + 1).strip());
        return new InvalidateEntry(context, params, slot == null || slot.isEmpty() ? null : slot);
    }

    private static @Nullable Map<String, JsonNode> query(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode((eq < 0 ? pair : pair.substring(0, eq)).strip());
            String value = decode(eq < 0 ? "" : pair.substring(eq + 1));
            if (name == null || name.isEmpty() || value == null) {
                return null;
            }
            String previous = params.putIfAbsent(name, value);
            if (previous != null && !previous.equals(value)) {
                return null;
            }
        }
        if (params.isEmpty()) {
            return null;
        }
        Map<String, JsonNode> nodes = new LinkedHashMap<>();
        params.forEach((k, v) -> nodes.put(k, JsonNodeFactory.instance.stringNode(v)));
        return nodes;
    }

    private static @Nullable String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
