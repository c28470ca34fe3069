package dev.mizan.core.types;

/** A Java type the wire cannot carry; the message names where it was found and why. */
public final class UnsupportedTypeException extends RuntimeException {

    public UnsupportedTypeException(String message) {
        super(message);
    }
}
