package dev.mizan.vertx;

import dev.mizan.core.Client;
import io.vertx.core.Context;

/** Functions that report the thread they ran on. */
public class Threads {

    /** Whether this ran on a virtual thread. */
    @Client
    public boolean blockingDefault() {
        return Thread.currentThread().isVirtual();
    }

    /** Whether this ran on a Vert.x event loop. */
    @Client
    @NonBlocking
    public boolean quick() {
        return Context.isOnEventLoopThread();
    }

    /** A non-blocking function that blocks anyway. */
    @Client
    @NonBlocking
    public String sleepy() throws InterruptedException {
        Thread.sleep(120);
        return "slept";
    }

    /** A context member that reports its thread. */
    @Client(context = "threads")
    public boolean memberOne() {
        return Thread.currentThread().isVirtual();
    }

    /** Another. */
    @Client(context = "threads")
    public boolean memberTwo() {
        return Thread.currentThread().isVirtual();
    }
}
