package dev.mizan.core.web;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Strict decoding of a {@code /ctx/} query string, the same on every adapter: {@code name=value}
 * pairs joined by {@code &}, percent-encoded UTF-8 ({@code +} is a space). A bad escape, invalid
 * UTF-8, a control character, an empty name or a repeated name is a {@code BAD_REQUEST}, never a
 * container error.
 */
public final class QueryStrings {

    /** Most params one query may carry. */
    public static final int MAX_PARAMS = 64;

    private QueryStrings() {}

    /** The params of a raw (still encoded) query string, in order; {@code null} or empty means none. */
    public static Map<String, String> parse(@Nullable String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        TreeSet<String> repeated = new TreeSet<>();
        List<String> pairs = new ArrayList<>(List.of(raw.split("&", -1)));
        if (pairs.size() > MAX_PARAMS) {
            throw bad("Too many query params (at most " + MAX_PARAMS + ")", Map.of("limit", MAX_PARAMS));
        }
        for (String pair : pairs) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (name.isEmpty()) {
                throw bad("A query param has no name", Map.of());
            }
            if (out.putIfAbsent(name, value) != null) {
                repeated.add(name);
            }
        }
        if (!repeated.isEmpty()) {
            throw bad(
                    "Params given more than once: " + String.join(", ", repeated),
                    Map.of("repeated", List.copyOf(repeated)));
        }
        return out;
    }

    private static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length() || hex(text.charAt(i + 1)) < 0 || hex(text.charAt(i + 2)) < 0) {
                    throw bad("The query string has a malformed percent escape", Map.of());
                }
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 2;
            } else if (c < 0x20 || c == 0x7f || c > 0x7e) {
                throw bad("The query string has a character that must be percent-encoded", Map.of());
            } else {
                bytes.write(c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw bad("The query string is not valid UTF-8", Map.of());
        }
        for (int i = 0; i < decoded.length(); i++) {
            if (Character.isISOControl(decoded.charAt(i))) {
                throw bad("The query string decodes to a control character", Map.of());
            }
        }
        return decoded;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    private static MizanException bad(String message, Map<String, Object> details) {
        return new MizanException(ErrorCode.BAD_REQUEST, message, details);
    }
}
