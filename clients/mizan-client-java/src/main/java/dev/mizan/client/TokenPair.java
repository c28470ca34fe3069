package dev.mizan.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the built-in {@code login} and {@code refresh} return.
 *
 * @param accessToken the short-lived access token (sent as {@code Authorization: Bearer …})
 * @param refreshToken the refresh token; each works once
 * @param tokenType {@code Bearer}
 * @param expiresIn the access token's lifetime in seconds
 */
public record TokenPair(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {

    @Override
    public String toString() {
        return "TokenPair[tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
