package dev.mizan.core;

import org.jspecify.annotations.Nullable;

/**
 * The permission part of a cache key: which callers may share a cached or pushed answer. One of
 * {@code anon}, {@code auth}, {@code staff}, {@code superuser} (a caller's permission class, the
 * highest held) or {@code user:ID} (one user).
 *
 * @param value the key as it appears in cache keys
 */
public record PermissionKey(String value) {

    public static final PermissionKey ANON = new PermissionKey("anon");
    public static final PermissionKey AUTH = new PermissionKey("auth");
    public static final PermissionKey STAFF = new PermissionKey("staff");
    public static final PermissionKey SUPERUSER = new PermissionKey("superuser");

    private static final String USER_PREFIX = "user:";

    public PermissionKey {
        if (!value.equals("anon")
                && !value.equals("auth")
                && !value.equals("staff")
                && !value.equals("superuser")
                && !(value.startsWith(USER_PREFIX) && value.length() > USER_PREFIX.length())) {
            throw new IllegalArgumentException("not a permission key: '" + value + "'");
        }
    }

    /**
     * The key of a caller for a context of that scope: {@code CLASS} → the caller's class,
     * {@code PUBLIC} → {@code anon} for everyone, {@code USER} → {@code user:ID} ({@code anon}
     * for an anonymous caller, who has no identity to read).
     */
    public static PermissionKey of(ContextScope scope, @Nullable MizanUser user) {
        return switch (scope) {
            case PUBLIC -> ANON;
            case CLASS -> classOf(user);
            case USER -> user == null ? ANON : new PermissionKey(USER_PREFIX + user.id());
        };
    }

    /** The caller's permission class: the highest of {@code anon}, {@code auth}, {@code staff}, {@code superuser}. */
    public static PermissionKey classOf(@Nullable MizanUser user) {
        if (user == null) {
            return ANON;
        }
        if (user.superuser()) {
            return SUPERUSER;
        }
        return user.staff() ? STAFF : AUTH;
    }

    /** Whether the key names one user ({@code user:ID}). */
    public boolean perUser() {
        return value.startsWith(USER_PREFIX);
    }

    @Override
    public String toString() {
        return value;
    }
}
