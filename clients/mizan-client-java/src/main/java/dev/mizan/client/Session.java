package dev.mizan.client;

import tools.jackson.databind.JsonNode;

/**
 * The answer of {@code GET {base}/session/}.
 *
 * @param csrfToken the CSRF token this client sends in {@code X-CSRF-Token}
 * @param user the signed-in user as the server describes it, or a JSON null
 */
public record Session(String csrfToken, JsonNode user) {}
