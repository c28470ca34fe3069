package dev.mizan.ir.model;

/** The effective auth level of a function, after the application default was applied. */
public enum IrAuth {
    PUBLIC("public"),
    REQUIRED("required"),
    STAFF("staff"),
    SUPERUSER("superuser");

    private final String wireName;

    IrAuth(String wireName) {
        this.wireName = wireName;
    }

    /** The name written in the IR ({@code public}, {@code required}, ...). */
    public String wireName() {
        return wireName;
    }

    /** The level with this IR name, or {@code null} when there is none. */
    public static @org.jspecify.annotations.Nullable IrAuth fromWireName(String name) {
        for (IrAuth auth : values()) {
            if (auth.wireName.equals(name)) {
                return auth;
            }
        }
        return null;
    }
}
