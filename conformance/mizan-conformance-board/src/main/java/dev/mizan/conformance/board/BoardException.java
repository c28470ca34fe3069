package dev.mizan.conformance.board;

/** A board input that cannot be read or makes no sense (missing file, bad manifest, no markers). */
public final class BoardException extends RuntimeException {
    public BoardException(String message) {
        super(message);
    }
}
