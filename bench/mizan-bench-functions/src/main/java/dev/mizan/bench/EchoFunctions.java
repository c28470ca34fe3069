package dev.mizan.bench;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;

/** The echo served through Mizan: {@code POST /api/mizan/call/ {"function": "echo", …}}. */
public class EchoFunctions {

    @Client(auth = Auth.PUBLIC)
    public Echo echo(String message) {
        return Echo.of(message);
    }

    /** A form's submit; the forms measure times its {@code add_task.validate}. */
    @Client(auth = Auth.PUBLIC)
    public String addTask(BenchTask task) {
        return task.title();
    }
}
