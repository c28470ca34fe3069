package dev.mizan.bench;

/** A context member's small result. */
public record Item(String name, int value) {}
