package dev.mizan.ir.kdl;

/** A KDL document that is not well-formed; the message names the line and column. */
public final class KdlException extends RuntimeException {

    private final KdlPosition position;

    public KdlException(String problem, KdlPosition position) {
        super(problem + " at " + position);
        this.position = position;
    }

    /** Where the problem was found. */
    public KdlPosition position() {
        return position;
    }
}
