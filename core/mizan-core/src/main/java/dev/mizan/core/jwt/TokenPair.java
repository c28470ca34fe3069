package dev.mizan.core.jwt;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What {@code login} and {@code refresh} return.
 *
 * @param accessToken the bearer token for {@code Authorization: Bearer …}
 * @param refreshToken the one-use token for the next {@code refresh}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 */
public record TokenPair(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn) {}
