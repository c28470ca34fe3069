package dev.mizan.core.dispatch;

import dev.mizan.core.RequestHandle;
import java.util.List;

/** Told of every successful mutation that produced invalidation or merge entries. */
@FunctionalInterface
public interface MutationListener {

    /**
     * @param function the mutation's protocol name
     * @param invalidate its scoped invalidation entries
     * @param merge its scoped merge entries (values included)
     * @param caller the request that made it (its user decides who may see merged values)
     */
    void mutated(String function, List<InvalidateEntry> invalidate, List<MergeEntry> merge, RequestHandle caller);
}
