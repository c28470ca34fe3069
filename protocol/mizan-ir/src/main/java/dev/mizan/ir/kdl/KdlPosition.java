package dev.mizan.ir.kdl;

/**
 * Where something starts in a KDL source: 1-based line and column (columns count code points).
 *
 * @param line the 1-based line
 * @param column the 1-based column
 */
public record KdlPosition(int line, int column) {

    /** The position used for nodes and values built in code rather than parsed. */
    public static final KdlPosition NONE = new KdlPosition(0, 0);

    @Override
    public String toString() {
        return "line " + line + ", column " + column;
    }
}
