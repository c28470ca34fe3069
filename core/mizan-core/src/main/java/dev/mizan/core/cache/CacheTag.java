package dev.mizan.core.cache;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a cached answer belongs to, so that invalidation entries can find it: its context, member
 * and params (each value as canonical JSON).
 */
public record CacheTag(String context, String member, Map<String, String> params) {

    public CacheTag {
        params = Map.copyOf(params);
    }

    /**
     * Whether an entry touches this answer: same context; any member, or the entry's slot; any
     * instance, or one whose params include every param of the entry with the same value.
     */
    public boolean matches(String entryContext, @Nullable Map<String, String> entryParams, @Nullable String slot) {
        if (!context.equals(entryContext) || (slot != null && !slot.equals(member))) {
            return false;
        }
        if (entryParams == null) {
            return true;
        }
        for (Map.Entry<String, String> p : entryParams.entrySet()) {
            if (!p.getValue().equals(params.get(p.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
