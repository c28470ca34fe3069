package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code NOT_FOUND} (404): unknown function or context. */
public final class NotFoundException extends MizanException {

    public NotFoundException(int status, String message, JsonNode details) {
        super(status, "NOT_FOUND", message, details, null);
    }
}
