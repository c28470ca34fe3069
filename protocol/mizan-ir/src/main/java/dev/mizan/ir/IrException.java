package dev.mizan.ir;

/**
 * An IR document that cannot be read or a registry that cannot be described. When the problem
 * has a place in an IR text, {@link #line()} and {@link #column()} name it (both 0 otherwise).
 */
public final class IrException extends RuntimeException {

    private final String problem;
    private final int line;
    private final int column;

    /** A problem at a place in an IR text; the message ends with the line and column. */
    public IrException(String problem, int line, int column) {
        super(line > 0 ? problem + " at line " + line + ", column " + column : problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** A problem with no place in a text (e.g. a registry that the IR cannot describe). */
    public IrException(String problem) {
        this(problem, 0, 0);
    }

    /** The problem without its position. */
    public String problem() {
        return problem;
    }

    /** The 1-based line, or 0. */
    public int line() {
        return line;
    }

    /** The 1-based column, or 0. */
    public int column() {
        return column;
    }
}
