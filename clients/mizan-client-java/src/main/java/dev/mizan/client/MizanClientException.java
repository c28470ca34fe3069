package dev.mizan.client;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A failure the client detected itself: {@link ErrorCode#NETWORK_ERROR} (no answer),
 * {@link ErrorCode#INVALID_RESPONSE} (an answer that is not what the protocol promises) or
 * {@link ErrorCode#ABORTED} (the waiting thread was interrupted).
 */
public final class MizanClientException extends MizanException {

    public MizanClientException(int status, ErrorCode code, String message, @Nullable Throwable cause) {
        super(status, code.name(), message, JsonNodeFactory.instance.objectNode(), cause);
    }
}
