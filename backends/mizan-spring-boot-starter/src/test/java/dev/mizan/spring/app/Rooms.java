package dev.mizan.spring.app;

import dev.mizan.core.Auth;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.live.ChannelPublisher;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Channels at every auth level: clients publish on most, only the server on {@code announcements}. */
@Service
public class Rooms {

    /** A chat line; {@code from} is stamped by the server. */
    public record Line(
            String from, @NotBlank @Size(max = 200) String text) {}

    private final ChannelPublisher channels;

    public Rooms(ChannelPublisher channels) {
        this.channels = channels;
    }

    private static Line stamped(Line message, RequestHandle caller) {
        if (message.text().equals("refuse me")) {
            throw new MizanException(ErrorCode.FORBIDDEN, "Not on this channel", Map.of("reason", "refused"));
        }
        return new Line(caller.user() == null ? "anonymous" : caller.user().username(), message.text());
    }

    @Channel(auth = Auth.PUBLIC, clientPublish = true)
    public Line lobby(long roomId, @Valid Line message, RequestHandle caller) {
        return stamped(message, caller);
    }

    @Channel(auth = Auth.REQUIRED, clientPublish = true)
    public Line members(@Valid Line message, RequestHandle caller) {
        return stamped(message, caller);
    }

    @Channel(auth = Auth.STAFF, clientPublish = true)
    public Line staffRoom(@Valid Line message, RequestHandle caller) {
        return stamped(message, caller);
    }

    @Channel(auth = Auth.SUPERUSER, clientPublish = true)
    public Line rootRoom(@Valid Line message, RequestHandle caller) {
        return stamped(message, caller);
    }

    @Channel(auth = Auth.REQUIRED, roles = "OPS", clientPublish = true)
    public Line opsRoom(@Valid Line message, RequestHandle caller) {
        return stamped(message, caller);
    }

    /** Only the server publishes here. */
    @Channel(auth = Auth.PUBLIC)
    public Line announcements(long roomId, Line message) {
        return message;
    }

    /** Publishes on {@code announcements} from server code. */
    @Client(auth = Auth.PUBLIC)
    public long announce(long roomId, String text) {
        return channels.publish("announcements", Map.of("roomId", roomId), new Line("server", text));
    }
}
