package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code BAD_REQUEST} (400): malformed envelope or JSON, wrong argument types, unknown params. */
public final class BadRequestException extends MizanException {

    public BadRequestException(int status, String message, JsonNode details) {
        super(status, "BAD_REQUEST", message, details, null);
    }
}
