package dev.mizan.spring.http;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Hand-made tokens for the JWT tests: good ones, and each way a token can be wrong. */
final class Tokens {

    /** The secrets of the test application's two live keys ({@code k1} signs, {@code k2} is still accepted). */
    static final String K1 = "a-32-byte-test-secret-for-key-k1";

    static final String K2 = "a-32-byte-test-secret-for-key-k2";

    static final String PROPERTIES_K1 = b64(K1);
    static final String PROPERTIES_K2 = b64(K2);

    private Tokens() {}

    static String b64(String secret) {
        return Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The claims the server writes for an access token of {@code user}. */
    static JWTClaimsSet.Builder claims(String user, List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("mizan-test")
                .audience("mizan-test-api")
                .subject(user)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .jwtID(UUID.randomUUID().toString())
                .claim("fam", UUID.randomUUID().toString())
                .claim("name", user)
                .claim("staff", false)
                .claim("superuser", false)
                .claim("roles", roles);
    }

    static String sign(JWTClaimsSet claims, String kid, String secret) {
        return sign(claims, kid, secret, JWSAlgorithm.HS256);
    }

    static String sign(JWTClaimsSet claims, String kid, String secret, JWSAlgorithm alg) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(alg)
                            .type(new JOSEObjectType("at+jwt"))
                            .keyID(kid)
                            .build(),
                    claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** A valid access token of {@code user}, changed by {@code change}, signed with k1. */
    static String access(String user, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(change.apply(claims(user, List.of("USER"))).build(), "k1", K1);
    }

    /** The same claims with {@code "alg": "none"} and no signature. */
    static String unsigned(String user) {
        String header = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        "{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        String body = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(claims(user, List.of("USER")).build().toString().getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    /** {@code token} with one character of its payload changed (the signature no longer matches). */
    static String tampered(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"ann\"", "\"sub\":\"sue\"")
                .replace("\"name\":\"ann\"", "\"name\":\"sue\"");
        return parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }
}
