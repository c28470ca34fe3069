package dev.mizan.jpa;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a shape list from client input: shape field name → condition, all of which must hold.
 * A condition is a value ({@code "open"}: equal) or an operator and a value ({@code "gte:2026-01-01"},
 * {@code "like:fix"}: contains, ignoring case). The names, operators and values are checked against the
 * shape when the list runs, and values are always bound as parameters; bad input answers {@code BAD_REQUEST}.
 *
 * <p>Server code narrows a list further with {@link #and}: an equality on any attribute path of the
 * shape's entity (the rows of one project, of one user), named or not in the shape, and never taken
 * from client input.
 *
 * @param conditions the client's conditions, sorted by field
 * @param scopes the server's equalities on entity attribute paths, in the order added
 */
public record Where(List<Condition> conditions, List<Scope> scopes) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final int MAX_CONDITIONS = 16;
    private static final int MAX_VALUE = 500;

    /** A comparison operator. */
    public enum Op {
        EQ,
        NE,
        LT,
        LTE,
        GT,
        GTE,
        LIKE,
        NULL,
        NOTNULL
    }

    /** One condition on a shape field; {@code value} is the client's text. */
    public record Condition(String field, Op op, String value) {}

    /**
     * A server condition: the entity attribute at {@code path} equals {@code value}. The path is dotted,
     * from the shape's entity through relations ({@code "project.id"}); through a to-many relation it
     * holds when any element matches ({@code "members.username"}).
     */
    public record Scope(String path, Object value) {}

    public Where {
        conditions = List.copyOf(conditions);
        scopes = List.copyOf(scopes);
    }

    /** The client's conditions only. */
    public Where(List<Condition> conditions) {
        this(conditions, List.of());
    }

    /** No filter. */
    public static Where none() {
        return new Where(List.of());
    }

    /**
     * These conditions and, from server code, the entity attribute at {@code path} equal to {@code value}
     * (bound as a parameter). A path that names no attribute, or a value of another type, is an
     * {@link IllegalArgumentException} when the list runs: a programming error, not a client's.
     */
    public Where and(String path, Object value) {
        List<Scope> more = new ArrayList<>(scopes);
        more.add(new Scope(path, java.util.Objects.requireNonNull(value, "value")));
        return new Where(conditions, more);
    }

    /** Parses client input ({@code null}: none); a {@code BAD_REQUEST} {@link MizanException} when malformed. */
    public static Where parse(@Nullable Map<String, String> input) {
        if (input == null || input.isEmpty()) {
            return none();
        }
        if (input.size() > MAX_CONDITIONS) {
            throw bad("at most " + MAX_CONDITIONS + " conditions", "");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<String, String> entry : new TreeMap<>(input).entrySet()) {
            String field = entry.getKey();
            String text = entry.getValue();
            if (!NAME.matcher(field).matches()) {
                throw bad("a filter key is a field name", field);
            }
            if (text == null || text.length() > MAX_VALUE) {
                throw bad("a filter value is text of at most " + MAX_VALUE + " characters", field);
            }
            conditions.add(condition(field, text));
        }
        return new Where(conditions);
    }

    private static Condition condition(String field, String text) {
        int colon = text.indexOf(':');
        if (colon > 0) {
            String prefix = text.substring(0, colon);
            for (Op op : Op.values()) {
                if (op.name().equalsIgnoreCase(prefix)) {
                    return new Condition(field, op, text.substring(colon + 1));
                }
            }
        }
        return new Condition(field, Op.EQ, text);
    }

    static MizanException bad(String message, String field) {
        return new MizanException(
                ErrorCode.BAD_REQUEST,
                "invalid filter: " + message,
                Map.of("where", field.length() > 64 ? field.substring(0, 64) : field));
    }
}
