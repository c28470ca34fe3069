package dev.mizan.vertx;

import dev.mizan.core.Client;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;

/** A mutation that says who made it: the CSRF test's target. */
public class Notes {

    /** Records a note; answers with the caller's username ({@code anonymous} for none). */
    @Client
    public String addNote(String text, RequestHandle request) {
        MizanUser user = request.user();
        return (user == null ? "anonymous" : user.username()) + ":" + text;
    }
}
