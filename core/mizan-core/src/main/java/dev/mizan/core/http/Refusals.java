package dev.mizan.core.http;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.util.Map;

/**
 * The refusals an HTTP adapter answers before (or instead of) dispatching, worded once for every
 * adapter. Each is a {@link MizanException} for {@code Dispatcher.failure}.
 */
public final class Refusals {

    private Refusals() {}

    /** No Mizan endpoint at this path (404). */
    public static MizanException noEndpoint(String path) {
        return new MizanException(ErrorCode.NOT_FOUND, "No Mizan endpoint at " + path, Map.of());
    }

    /** The endpoint exists but not for this method (400, {@code details.allowed}). */
    public static MizanException wrongMethod(String method, String allowed) {
        return new MizanException(
                ErrorCode.BAD_REQUEST,
                "Method " + method + " is not allowed here; use " + allowed,
                Map.of("allowed", allowed));
    }

    /** A request body over the limit (413, {@code details.limit}). */
    public static MizanException tooLarge(long limit) {
        return new MizanException(
                ErrorCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes",
                Map.of("limit", limit));
    }

    /** A failed sign-in (401): wrong credentials, whatever the authentication scheme. */
    public static MizanException badCredentials() {
        return new MizanException(ErrorCode.UNAUTHORIZED, "Authentication failed", Map.of());
    }

    /** A request body that arrived slower than the read deadline allows (400, {@code reason: slow_body}). */
    public static MizanException slowBody(long timeoutMillis) {
        return new MizanException(
                ErrorCode.BAD_REQUEST,
                "The request body arrived too slowly",
                Map.of("reason", "slow_body", "timeout_ms", timeoutMillis));
    }

    /** A request body that could not be read: bad chunking, a client that went away (400). */
    public static MizanException unreadableBody() {
        return new MizanException(ErrorCode.BAD_REQUEST, "The request body could not be read", Map.of());
    }
}
