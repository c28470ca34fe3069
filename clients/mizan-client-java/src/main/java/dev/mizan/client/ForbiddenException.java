package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code FORBIDDEN} (403): authenticated but not allowed, a CSRF refusal ({@link #reason()} {@code csrf}) or a rate limit. */
public final class ForbiddenException extends MizanException {

    public ForbiddenException(int status, String message, JsonNode details) {
        super(status, "FORBIDDEN", message, details, null);
    }
}
