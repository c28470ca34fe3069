package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code INTERNAL_ERROR} (500): anything else; the server never says what. */
public final class InternalErrorException extends MizanException {

    public InternalErrorException(int status, String message, JsonNode details) {
        super(status, "INTERNAL_ERROR", message, details, null);
    }
}
