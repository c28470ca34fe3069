package dev.mizan.vertx;

import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import io.vertx.core.Context;

/** An origin-cached context whose only member says it never blocks. */
public class CachedReads {

    /** Whether this ran on a Vert.x event loop. */
    @Client(context = "cached", cache = @Cached(ttl = "1m"))
    @NonBlocking
    public boolean onLoop() {
        return Context.isOnEventLoopThread();
    }
}
