package dev.mizan.cli.broken;

import dev.mizan.core.Client;

/** A function whose affects target does not exist: the export must fail. */
public class BrokenApi {

    @Client(affects = "nowhere")
    public void touch() {}
}
