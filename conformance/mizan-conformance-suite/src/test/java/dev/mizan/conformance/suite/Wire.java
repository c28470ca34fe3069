package dev.mizan.conformance.suite;

import java.net.URI;
import java.util.function.Supplier;

/** The server under test, as probes receive it: a factory of fresh agents, and its fixture's IR. */
final class Wire {

    private final Target target;
    private final Supplier<String> ir;

    Wire(Target target, Supplier<String> ir) {
        this.target = target;
        this.ir = ir;
    }

    /** The IR the server's adapter exports for its fixture. */
    String ir() {
        return ir.get();
    }

    /** Whether this run started the fixture itself (so it may regenerate golden files). */
    boolean inBuild() {
        return target.ir() == null && System.getProperty(Target.URL, "").isBlank();
    }

    /** A fresh anonymous agent with an empty cookie jar. */
    Agent anonymous() {
        return new Agent(target.base(), null);
    }

    /** A fresh agent presenting the given credentials. */
    Agent signedIn(Account account) {
        return new Agent(target.base(), account);
    }

    /** A fresh agent signed in as the plain user. */
    Agent user() {
        return new Agent(target.base(), target.user());
    }

    /** A fresh agent signed in as the staff user (who also holds the {@code auditor} role). */
    Agent staff() {
        return new Agent(target.base(), target.staff());
    }

    /** A fresh agent signed in as the superuser. */
    Agent superuser() {
        return new Agent(target.base(), target.superuser());
    }

    Target target() {
        return target;
    }

    URI base() {
        return target.base();
    }
}
