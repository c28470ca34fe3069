package dev.mizan.conformance.board;

/**
 * One column of the board: a server adapter whose fixture the conformance suite runs against.
 *
 * @param id stable identifier, as written in the proven file ({@code spring}, {@code vertx})
 * @param title the column heading in the README
 * @param reports where the suite leaves this adapter's JUnit XML reports, relative to the repository root
 */
public record Adapter(String id, String title, String reports) {

    public Adapter {
        if (id == null || !id.matches("[a-z][a-z0-9-]*")) {
            throw new BoardException("adapter id " + id + " must be lower-case letters, digits and dashes");
        }
        if (title == null || title.isBlank()) {
            throw new BoardException("adapter " + id + " needs a title");
        }
        if (reports == null || reports.isBlank()) {
            throw new BoardException("adapter " + id + " needs a reports directory");
        }
    }
}
