package dev.mizan.spring.container;

import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The envelope for an error status the container chose before Mizan saw the request: framing and
 * protocol errors (400, 405 TRACE, 417, 501 unknown transfer coding, 505 HTTP version) are the
 * client's, hence {@code BAD_REQUEST}; 401/403/404/413 keep their codes; only a 500 (an exception
 * in a filter) is {@code INTERNAL_ERROR}. Messages are fixed: nothing of the cause is echoed.
 */
public final class ContainerErrors {

    private ContainerErrors() {}

    /** The protocol error for a container status. */
    public static MizanException forStatus(int status) {
        ErrorCode code = switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            case 404 -> ErrorCode.NOT_FOUND;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 500, 502, 503, 504 -> ErrorCode.INTERNAL_ERROR;
            default -> ErrorCode.BAD_REQUEST;
        };
        String message = switch (code) {
            case UNAUTHORIZED -> "Authentication failed";
            case FORBIDDEN -> "Not allowed";
            case NOT_FOUND -> "Not found";
            case PAYLOAD_TOO_LARGE -> "Request too large";
            case INTERNAL_ERROR -> "Internal server error";
            default -> "Bad request";
        };
        return new MizanException(code, message, Map.of());
    }

    /** {@code {"error": {"code", "message", "details": {}}}} as UTF-8, for writers without a mapper. */
    public static byte[] envelope(MizanException e) {
        String json = "{\"error\":{\"code\":\"" + e.code().name() + "\",\"message\":\"" + e.getMessage()
                + "\",\"details\":{}}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether a raw request URI lies under the base path (after the context path). */
    public static boolean underBase(@Nullable String uri, String contextPath, String basePath) {
        if (uri == null) {
            return false;
        }
        String prefix = contextPath + basePath;
        return uri.equals(prefix) || uri.startsWith(prefix + "/") || uri.startsWith(prefix + ";");
    }
}
