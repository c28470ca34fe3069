package dev.mizan.bench;

/** The plain controller's request body, the same shape as the Mizan call's {@code args}. */
public record EchoArgs(String message) {}
