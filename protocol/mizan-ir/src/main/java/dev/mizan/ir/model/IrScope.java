package dev.mizan.ir.model;

import org.jspecify.annotations.Nullable;

/** Who may share a context instance's cached or pushed data; it decides the {@code perm} of cache keys. */
public enum IrScope {
    /** Callers of one permission class share it ({@code anon}, {@code auth}, {@code staff}, {@code superuser}). */
    CLASS("class"),
    /** Everyone shares one copy. */
    PUBLIC("public"),
    /** One copy per user ({@code user:ID}). */
    USER("user");

    private final String wireName;

    IrScope(String wireName) {
        this.wireName = wireName;
    }

    /** The name written in the IR. */
    public String wireName() {
        return wireName;
    }

    /** The scope with this IR name, or {@code null} when there is none. */
    public static @Nullable IrScope fromWireName(String name) {
        for (IrScope scope : values()) {
            if (scope.wireName.equals(name)) {
                return scope;
            }
        }
        return null;
    }
}
