package dev.mizan.bench;

/** What both echo endpoints answer: the message and its length. */
public record Echo(String message, int length) {

    public static Echo of(String message) {
        return new Echo(message, message.length());
    }
}
