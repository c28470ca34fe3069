package dev.mizan.vertx;

import dev.mizan.core.Client;

/** A registration that cannot work: two problems the builder must list. */
public class Broken {

    /** Affects a context nobody declares. */
    @Client(affects = "nowhere")
    public void touch() {}

    /** Same wire name as {@link Threads#quick()}. */
    @Client(name = "quick")
    public int clash() {
        return 1;
    }
}
