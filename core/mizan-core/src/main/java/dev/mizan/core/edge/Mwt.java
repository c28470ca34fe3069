package dev.mizan.core.edge;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.mizan.core.PermissionKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Mizan Web Tokens (MIZAN.md §5 "MWT"): an HS256 JWS ({@code typ: mwt+jwt}, {@code kid} header)
 * carrying the caller's permission class ({@code perm}: {@code anon}, {@code auth}, {@code staff}
 * or {@code superuser}), {@code iat} and {@code exp}. Issued with the session in a cookie an edge
 * can read; the edge verifies it to key cached answers by class without calling the origin.
 *
 * <p>Two keys may be live: the active one signs, the previous one (during a rotation) still
 * verifies. Verification is strict and identical to {@code @mizan/edge}'s (both pinned by {@code
 * conformance/mwt-vectors.json}): three unpadded base64url segments, a header of exactly {@code
 * alg: HS256}, {@code typ: mwt+jwt} and a known {@code kid}, a valid signature, a class {@code
 * perm}, numeric {@code iat} and {@code exp} with {@code iat <= now + skew < exp + 2·skew}.
 */
public final class Mwt {

    /** The cookie that carries the token. */
    public static final String COOKIE = "mizan_mwt";
    /** The {@code typ} header of MWTs. */
    public static final String TYPE = "mwt+jwt";

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");
    private static final Set<String> HEADER = Set.of("alg", "kid", "typ");
    private static final Set<String> CLASSES = Set.of("anon", "auth", "staff", "superuser");

    /**
     * The outcome of a verification.
     *
     * @param perm the permission class, when valid
     * @param issuedAt when it was issued, when valid
     * @param expiresAt when it expires, when valid
     * @param reason why it was refused ({@code ok} when valid)
     */
    public record Verdict(
            @Nullable PermissionKey perm,
            @Nullable Instant issuedAt,
            @Nullable Instant expiresAt,
            String reason) {

        public boolean valid() {
            return perm != null;
        }

        static Verdict refused(String reason) {
            return new Verdict(null, null, null, reason);
        }
    }

    private final MwtKey active;
    private final MACSigner signer;
    private final Map<String, MACVerifier> verifiers = new LinkedHashMap<>();
    private final Duration ttl;
    private final Duration skew;
    private final Clock clock;

    /**
     * @param keys the live keys, the active (signing) one first
     * @param ttl how long a token lives
     * @param skew clock difference tolerated on {@code iat} and {@code exp}
     */
    public Mwt(List<MwtKey> keys, Duration ttl, Duration skew, Clock clock) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("an MWT needs at least one key");
        }
        if (ttl.isNegative() || ttl.isZero() || ttl.toSeconds() < 2 * skew.toSeconds()) {
            throw new IllegalArgumentException("the MWT lifetime must be positive and at least twice the clock skew");
        }
        this.active = keys.getFirst();
        try {
            this.signer = new MACSigner(active.key());
            for (MwtKey key : keys) {
                verifiers.putIfAbsent(key.kid(), new MACVerifier(key.key()));
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable MWT key: " + e.getMessage(), e);
        }
        this.ttl = ttl;
        this.skew = skew;
        this.clock = clock;
    }

    /** Keys derived from the current secret and, during a rotation, the previous one. */
    public static Mwt fromSecrets(String secret, @Nullable String previousSecret, Duration ttl, Clock clock) {
        List<MwtKey> keys = previousSecret == null || previousSecret.isEmpty()
                ? List.of(MwtKey.derive(secret))
                : List.of(MwtKey.derive(secret), MwtKey.derive(previousSecret));
        return new Mwt(keys, ttl, Duration.ofSeconds(30), clock);
    }

    /** How long a token lives. */
    public Duration ttl() {
        return ttl;
    }

    /** A fresh token for a permission class, signed with the active key. */
    public String mint(PermissionKey perm) {
        if (perm.perUser()) {
            throw new IllegalArgumentException("an MWT carries a permission class, not a user: " + perm);
        }
        long now = clock.instant().getEpochSecond();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType(TYPE))
                .keyID(active.kid())
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("perm", perm.value())
                .claim("iat", now)
                .claim("exp", now + ttl.toSeconds())
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign an MWT", e);
        }
        return jwt.serialize();
    }

    /** Verifies a token at the clock's current time. */
    public Verdict verify(@Nullable String token) {
        return verify(token, clock.instant());
    }

    /** Verifies a token at {@code now}. */
    public Verdict verify(@Nullable String token, Instant now) {
        if (token == null || !COMPACT.matcher(token).matches()) {
            return Verdict.refused("format");
        }
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(token);
        } catch (ParseException e) {
            return Verdict.refused("header");
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.HS256.getName().equals(header.getAlgorithm().getName())) {
            return Verdict.refused("alg");
        }
        if (header.getType() == null || !TYPE.equals(header.getType().getType())) {
            return Verdict.refused("typ");
        }
        if (!HEADER.equals(header.getIncludedParams())) {
            return Verdict.refused("header");
        }
        MACVerifier verifier = verifiers.get(header.getKeyID());
        if (verifier == null) {
            return Verdict.refused("unknown kid");
        }
        try {
            if (!jwt.verify(verifier)) {
                return Verdict.refused("signature");
            }
        } catch (JOSEException | IllegalStateException e) {
            return Verdict.refused("signature");
        }
        Map<String, Object> claims = jwt.getPayload().toJSONObject();
        if (claims == null) {
            return Verdict.refused("payload");
        }
        if (!(claims.get("perm") instanceof String perm) || !CLASSES.contains(perm)) {
            return Verdict.refused("perm");
        }
        if (!(claims.get("exp") instanceof Number exp)) {
            return Verdict.refused("exp");
        }
        if (!(claims.get("iat") instanceof Number iat)) {
            return Verdict.refused("iat");
        }
        double seconds = now.getEpochSecond() + now.getNano() / 1e9;
        if (iat.doubleValue() > seconds + skew.toSeconds()) {
            return Verdict.refused("not yet valid");
        }
        if (!(seconds < exp.doubleValue() + skew.toSeconds())) {
            return Verdict.refused("expired");
        }
        return new Verdict(
                new PermissionKey(perm),
                Instant.ofEpochSecond(iat.longValue()),
                Instant.ofEpochSecond(exp.longValue()),
                "ok");
    }

    /**
     * Whether a caller whose class is {@code current} needs a new token: theirs is missing or
     * invalid, names another class, was signed with a key that no longer signs, or has lived
     * half its lifetime.
     */
    public boolean needsRenewal(@Nullable String token, PermissionKey current) {
        Instant now = clock.instant();
        Verdict verdict = verify(token, now);
        if (!verdict.valid() || !current.equals(verdict.perm()) || verdict.expiresAt() == null) {
            return true;
        }
        try {
            if (!active.kid().equals(SignedJWT.parse(token).getHeader().getKeyID())) {
                return true;
            }
        } catch (ParseException e) {
            return true;
        }
        return now.plus(ttl.dividedBy(2)).isAfter(verdict.expiresAt());
    }
}
