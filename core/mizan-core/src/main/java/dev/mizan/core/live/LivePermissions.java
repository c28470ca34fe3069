package dev.mizan.core.live;

import dev.mizan.core.MizanUser;
import org.jspecify.annotations.Nullable;

/** The permission key of a caller for a context (MIZAN.md §4: merged values never cross it). */
@FunctionalInterface
public interface LivePermissions {

    String key(String context, @Nullable MizanUser user);
}
