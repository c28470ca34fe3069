package dev.mizan.jpa;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An ordering of a shape list from client text: shape field names separated by commas, each
 * optionally prefixed with {@code -} for descending ({@code "-due,title"}). The names are checked
 * against the shape when the list runs; anything else answers {@code BAD_REQUEST}.
 *
 * @param keys the sort keys, in order
 */
public record Sort(List<Key> keys) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final int MAX_KEYS = 8;

    /** One sort key: a shape field, ascending or descending. */
    public record Key(String field, boolean descending) {}

    public Sort {
        keys = List.copyOf(keys);
    }

    /** No ordering beyond the entity id. */
    public static Sort none() {
        return new Sort(List.of());
    }

    /** Parses client text ({@code null} or blank: none); a {@code BAD_REQUEST} {@link MizanException} when malformed. */
    public static Sort parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        String[] parts = text.split(",", -1);
        if (parts.length > MAX_KEYS) {
            throw bad("at most " + MAX_KEYS + " sort keys", text);
        }
        List<Key> keys = new ArrayList<>();
        for (String part : parts) {
            String trimmed = part.strip();
            boolean descending = trimmed.startsWith("-");
            String name = descending ? trimmed.substring(1) : trimmed;
            if (!NAME.matcher(name).matches()) {
                throw bad("a sort key is a field name, optionally after '-'", text);
            }
            keys.add(new Key(name, descending));
        }
        return new Sort(keys);
    }

    static MizanException bad(String message, String input) {
        return new MizanException(
                ErrorCode.BAD_REQUEST,
                "invalid sort: " + message,
                Map.of("sort", input.length() > 200 ? input.substring(0, 200) : input));
    }
}
