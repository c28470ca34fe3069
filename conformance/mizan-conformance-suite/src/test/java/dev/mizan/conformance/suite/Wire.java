package dev.mizan.conformance.suite;

import java.net.URI;

/** The server under test, as probes receive it: a factory of fresh agents. */
final class Wire {

    private final Target target;

    Wire(Target target) {
        this.target = target;
    }

    /** A fresh anonymous agent with an empty cookie jar. */
    Agent anonymous() {
        return new Agent(target.base(), null);
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
