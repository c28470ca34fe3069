package dev.mizan.example.taskboard.board;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.MizanUser;
import dev.mizan.core.RequestHandle;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The team panel: everyone on the board with a short status line ("Out until Monday"). It reads
 * the same for every signed-in user of a permission class, so it is the board's shared read: kept
 * by the origin cache and by an edge in front of it (docs/edge.md), and purged when anyone sets a
 * status.
 */
@Service
public class TeamBoard {

    private final BoardStore store;

    public TeamBoard(BoardStore store) {
        this.store = store;
    }

    /** The board's people and their status lines, by display name. */
    @Client(context = "team", auth = Auth.REQUIRED, cache = @Cached(ttl = "60s"))
    public List<TeamMember> teamDirectory() {
        return store.team();
    }

    /** Sets the caller's status line (empty clears it); stales the team panel for everyone. */
    @Client(affects = "team", auth = Auth.REQUIRED)
    public TeamMember setMyStatus(
            @Size(max = 80, message = "Keep it under 80 characters") String status, RequestHandle request) {
        MizanUser user = request.user();
        if (user == null || !store.setStatus(user.username(), status.strip())) {
            throw new MizanException(ErrorCode.UNAUTHORIZED, "Sign in to set a status");
        }
        return store.team().stream()
                .filter(m -> m.username().equals(user.username()))
                .findFirst()
                .orElseThrow();
    }
}
