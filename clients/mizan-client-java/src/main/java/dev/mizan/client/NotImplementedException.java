package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code NOT_IMPLEMENTED} (501): the handler is declared but not implemented. */
public final class NotImplementedException extends MizanException {

    public NotImplementedException(int status, String message, JsonNode details) {
        super(status, "NOT_IMPLEMENTED", message, details, null);
    }
}
