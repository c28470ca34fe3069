package dev.mizan.core;

/**
 * Who may share a context instance's cached or pushed data. It decides the permission key of
 * cache keys ({@link PermissionKey}) and where live pushes may carry values.
 */
public enum ContextScope {
    /** Callers of the same permission class (anonymous, signed in, staff, superuser) share it; the default. */
    CLASS,
    /** Everyone shares one copy: no member answers differently per caller. */
    PUBLIC,
    /** Per user: members read the caller's identity. */
    USER;

    /** The name written in the IR ({@code class}, {@code public}, {@code user}). */
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
