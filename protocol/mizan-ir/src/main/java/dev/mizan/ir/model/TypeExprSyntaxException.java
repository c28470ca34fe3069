package dev.mizan.ir.model;

/** A malformed type expression; {@link #offset()} is the 0-based character where it went wrong. */
public final class TypeExprSyntaxException extends IllegalArgumentException {

    private final int offset;

    public TypeExprSyntaxException(String message, int offset) {
        super(message);
        this.offset = offset;
    }

    /** The 0-based offset of the offending character in the expression text. */
    public int offset() {
        return offset;
    }
}
