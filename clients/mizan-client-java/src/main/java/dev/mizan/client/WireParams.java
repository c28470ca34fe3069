package dev.mizan.client;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Params on the wire, as the browser kernel spells and compares them ({@code key.ts}): strings
 * as-is, numbers and booleans as their text, arrays and objects as JSON with sorted keys; a null
 * param has no wire form and is left out.
 */
public final class WireParams {

    private static final JsonMapper SORTED = JsonMapper.builder().build();

    private WireParams() {}

    /** The wire form of one value; {@code null} when it has none (JSON null or absent). */
    public static @Nullable String encode(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isValueNode()) {
            return value.toString();
        }
        return SORTED.writeValueAsString(sortKeys(value));
    }

    private static JsonNode sortKeys(JsonNode node) {
        if (node.isObject()) {
            ObjectNode sorted = SORTED.createObjectNode();
            new TreeMap<>(node.propertyStream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                    .forEach((k, v) -> sorted.set(k, sortKeys(v)));
            return sorted;
        }
        if (node.isArray()) {
            var array = SORTED.createArrayNode();
            node.forEach(v -> array.add(sortKeys(v)));
            return array;
        }
        return node;
    }

    /** Sorted {@code [name, wire value]} pairs, the params without a wire form left out. */
    public static List<Map.Entry<String, String>> pairs(@Nullable Map<String, JsonNode> params) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        if (params == null) {
            return pairs;
        }
        new TreeMap<>(params).forEach((name, value) -> {
            String encoded = encode(value);
            if (encoded != null) {
                pairs.add(Map.entry(name, encoded));
            }
        });
        return pairs;
    }

    /** The query string of a context fetch: sorted, URL-encoded, without the leading {@code ?}. */
    public static String query(Map<String, JsonNode> params) {
        return pairs(params).stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The cache key of a context instance: name, rev and the params' wire form. */
    public static String key(String context, int rev, Map<String, JsonNode> params) {
        StringBuilder key = new StringBuilder().append(context).append('\u0000').append(rev);
        for (Map.Entry<String, String> pair : pairs(params)) {
            key.append('\u0000').append(pair.getKey()).append('=').append(pair.getValue());
        }
        return key.toString();
    }

    /**
     * True when every param of {@code filter} has the same wire value in {@code params} (no filter:
     * all). Text from the header is also compared by meaning: {@code "1.0"} matches the number 1,
     * JSON text an equal array or object, {@code "null"} an absent param.
     */
    public static boolean matches(@Nullable Map<String, JsonNode> filter, Map<String, JsonNode> params) {
        for (Map.Entry<String, String> pair : pairs(filter)) {
            if (!sameValue(pair.getValue(), params.get(pair.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameValue(String text, @Nullable JsonNode value) {
        String encoded = encode(value);
        if (text.equals(encoded)) {
            return true;
        }
        if (encoded == null) {
            return text.equals("null");
        }
        if (value != null && value.isNumber()) {
            try {
                return !text.isBlank() && new BigDecimal(text.strip()).compareTo(value.decimalValue()) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (value == null || !value.isContainer()) {
            return false;
        }
        try {
            return encoded.equals(encode(SORTED.readTree(text)));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
