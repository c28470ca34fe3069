package dev.mizan.jpa;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.util.Map;

/**
 * Which rows of a shape list: page {@code index} (from 0) of {@code size} rows. Built from client
 * input with {@link #of}, which answers {@code BAD_REQUEST} outside 0 ≤ index and 1 ≤ size ≤ {@link #MAX_SIZE}.
 *
 * @param index the page number, from 0
 * @param size the rows per page
 */
public record Page(int index, int size) {

    /** The largest page a client may ask for. */
    public static final int MAX_SIZE = 10_000;

    /** Checked: a client's page, or a {@code BAD_REQUEST} {@link MizanException}. */
    public static Page of(int index, int size) {
        if (index < 0 || size < 1 || size > MAX_SIZE) {
            throw new MizanException(
                    ErrorCode.BAD_REQUEST,
                    "page must be at least 0 and size between 1 and " + MAX_SIZE,
                    Map.of("page", index, "size", size));
        }
        return new Page(index, size);
    }

    /** The first page of {@code size} rows. */
    public static Page first(int size) {
        return of(0, size);
    }

    long offset() {
        return (long) index * size;
    }
}
