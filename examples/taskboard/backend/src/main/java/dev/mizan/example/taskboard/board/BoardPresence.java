package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Channel;
import dev.mizan.core.RequestHandle;
import org.springframework.stereotype.Service;

/**
 * Who is on the board right now: a live channel (docs/live-updates.md, "Channels"). Each open
 * board says it is here when it opens, every few seconds while it stays open, and that it left when
 * it closes; the server stamps the sender, so nobody can speak for someone else.
 */
@Service
public class BoardPresence {

    /** Presence on the task board: every signed-in user joins and publishes. */
    @Channel(auth = Auth.REQUIRED, clientPublish = true)
    public Presence boardPresence(Presence message, RequestHandle caller) {
        return new Presence(caller.user().username(), message.here());
    }
}
