package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/** {@code PAYLOAD_TOO_LARGE} (413): body or upload over the configured limit. */
public final class PayloadTooLargeException extends MizanException {

    public PayloadTooLargeException(int status, String message, JsonNode details) {
        super(status, "PAYLOAD_TOO_LARGE", message, details, null);
    }
}
