package dev.mizan.core.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Signs and verifies Mizan's JWTs. Verification accepts only a JWS whose {@code alg} is on the
 * allowlist, whose {@code kid} names a live key, whose {@code typ} is the expected one (an access
 * token is no refresh token), with a valid signature, the configured {@code iss} and {@code aud},
 * {@code iat} and {@code jti} present, {@code nbf} and {@code exp} respected (within the skew).
 * {@code alg: none} and unsigned tokens never parse as a JWS.
 */
final class TokenCodec {

    /** The {@code typ} header of access tokens (RFC 9068). */
    static final JOSEObjectType ACCESS = new JOSEObjectType("at+jwt");
    /** The {@code typ} header of refresh tokens. */
    static final JOSEObjectType REFRESH = new JOSEObjectType("rt+jwt");

    private final JwtSettings settings;
    private final Clock clock;
    private final Map<String, MACVerifier> verifiers = new HashMap<>();
    private final Set<JWSAlgorithm> allowed = new HashSet<>();
    private final MACSigner signer;
    private final JWSAlgorithm signing;

    TokenCodec(JwtSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        try {
            for (JwtKey key : settings.keys()) {
                verifiers.put(key.kid(), new MACVerifier(key.secret()));
            }
            JwtKey active = settings.keys().stream()
                    .filter(k -> k.kid().equals(settings.activeKid()))
                    .findFirst()
                    .orElseThrow();
            this.signer = new MACSigner(active.secret());
        } catch (JOSEException e) {
            throw new IllegalArgumentException("mizan.jwt: unusable key: " + e.getMessage(), e);
        }
        settings.algorithms().forEach(a -> allowed.add(JWSAlgorithm.parse(a)));
        this.signing = JWSAlgorithm.parse(settings.algorithms().getFirst());
        if (!signer.supportedJWSAlgorithms().contains(signing)) {
            throw new IllegalArgumentException("mizan.jwt: the active key is too short for " + signing);
        }
    }

    /** A signed token of {@code type} with the standard claims and {@code extra}; lives for {@code ttl}. */
    String mint(JOSEObjectType type, String subject, String jti, Duration ttl, Map<String, Object> extra) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(jti);
        extra.forEach(claims::claim);
        JWSHeader header = new JWSHeader.Builder(signing)
                .type(type)
                .keyID(settings.activeKid())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims.build());
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** The claims of a valid token of {@code type}. */
    JWTClaimsSet verify(String token, JOSEObjectType type) throws TokenRejected {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            throw invalid("not a signed JWT");
        }
        JWSHeader header = jwt.getHeader();
        if (!allowed.contains(header.getAlgorithm())) {
            throw invalid("algorithm " + header.getAlgorithm() + " is not allowed");
        }
        if (!type.equals(header.getType())) {
            throw invalid("wrong token type");
        }
        MACVerifier verifier = header.getKeyID() == null ? null : verifiers.get(header.getKeyID());
        if (verifier == null) {
            throw invalid("unknown key id");
        }
        try {
            if (!jwt.verify(verifier)) {
                throw invalid("bad signature");
            }
        } catch (JOSEException e) {
            throw invalid("cannot verify the signature");
        }
        JWTClaimsSet claims;
        try {
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException e) {
            throw invalid("unreadable claims");
        }
        checkClaims(claims);
        return claims;
    }

    private void checkClaims(JWTClaimsSet claims) throws TokenRejected {
        Instant now = clock.instant();
        Duration skew = settings.clockSkew();
        if (!settings.issuer().equals(claims.getIssuer())) {
            throw invalid("wrong issuer");
        }
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(settings.audience())) {
            throw invalid("wrong audience");
        }
        if (claims.getSubject() == null || claims.getJWTID() == null || claims.getIssueTime() == null) {
            throw invalid("sub, jti and iat are required");
        }
        Date exp = claims.getExpirationTime();
        if (exp == null) {
            throw invalid("exp is required");
        }
        Date nbf = claims.getNotBeforeTime();
        if (nbf != null && nbf.toInstant().isAfter(now.plus(skew))) {
            throw invalid("not valid yet");
        }
        if (!exp.toInstant().plus(skew).isAfter(now)) {
            throw new TokenRejected(TokenRejected.Reason.EXPIRED, "the token has expired");
        }
    }

    private static TokenRejected invalid(String why) {
        return new TokenRejected(TokenRejected.Reason.INVALID, why);
    }
}
