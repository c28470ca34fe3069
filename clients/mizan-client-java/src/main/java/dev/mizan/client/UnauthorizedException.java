package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code UNAUTHORIZED} (401): auth needed and none present, or a bearer token refused ({@link #reason()}). */
public final class UnauthorizedException extends MizanException {

    public UnauthorizedException(int status, String message, JsonNode details) {
        super(status, "UNAUTHORIZED", message, details, null);
    }
}
