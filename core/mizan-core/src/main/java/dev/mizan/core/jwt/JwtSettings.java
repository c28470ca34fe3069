package dev.mizan.core.jwt;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * How tokens are minted and checked.
 *
 * @param issuer the {@code iss} written and required
 * @param audience the {@code aud} written and required
 * @param accessTtl lifetime of an access token (short: minutes)
 * @param refreshTtl lifetime of a refresh token; each refresh issues a new one
 * @param keys every live key (the active one and those still accepted during rotation)
 * @param activeKid the key that signs new tokens
 * @param algorithms the accepted {@code alg} values (the allowlist); the first signs new tokens
 * @param clockSkew tolerance for {@code exp} and {@code nbf}
 */
public record JwtSettings(
        String issuer,
        String audience,
        Duration accessTtl,
        Duration refreshTtl,
        List<JwtKey> keys,
        String activeKid,
        List<String> algorithms,
        Duration clockSkew) {

    /** The HMAC algorithms a key of this kind can serve. */
    public static final Set<String> SUPPORTED = Set.of("HS256", "HS384", "HS512");

    public JwtSettings {
        keys = List.copyOf(keys);
        algorithms = List.copyOf(algorithms);
        if (issuer.isBlank() || audience.isBlank()) {
            throw new IllegalArgumentException("mizan.jwt: issuer and audience must be set");
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("mizan.jwt: at least one key is needed");
        }
        if (keys.stream().noneMatch(k -> k.kid().equals(activeKid))) {
            throw new IllegalArgumentException("mizan.jwt: the active kid '" + activeKid + "' names no key");
        }
        if (keys.stream().map(JwtKey::kid).distinct().count() != keys.size()) {
            throw new IllegalArgumentException("mizan.jwt: two keys share a kid");
        }
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("mizan.jwt: the algorithm allowlist is empty");
        }
        for (String alg : algorithms) {
            if (!SUPPORTED.contains(alg)) {
                throw new IllegalArgumentException(
                        "mizan.jwt: algorithm '" + alg + "' is not supported (supported: HS256, HS384, HS512)");
            }
        }
        if (accessTtl.isNegative() || accessTtl.isZero() || refreshTtl.compareTo(accessTtl) < 0) {
            throw new IllegalArgumentException(
                    "mizan.jwt: access-ttl must be positive and refresh-ttl at least as long");
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("mizan.jwt: clock-skew must not be negative");
        }
    }
}
