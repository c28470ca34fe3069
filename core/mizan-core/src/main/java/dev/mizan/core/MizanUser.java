package dev.mizan.core;

import java.util.Set;

/**
 * The authenticated caller as Mizan sees it, whatever the security framework.
 *
 * @param id stable identifier, used in per-user cache keys ({@code user:ID})
 * @param username display name
 * @param staff whether the user counts as staff
 * @param superuser whether the user counts as superuser
 * @param roles role names without framework prefixes
 */
public record MizanUser(String id, String username, boolean staff, boolean superuser, Set<String> roles) {
    public MizanUser {
        roles = Set.copyOf(roles);
    }
}
