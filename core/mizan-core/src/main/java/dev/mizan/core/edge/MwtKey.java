package dev.mizan.core.edge;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One MWT signing key, derived from a configured secret (the cache secret, so that one secret
 * configures both the cache keys and the tokens an edge verifies): {@code key =
 * HMAC-SHA256(secret, "mizan:mwt:key")}, {@code kid} = the first 16 hex digits of {@code
 * HMAC-SHA256(secret, "mizan:mwt:kid")}. Pinned by {@code conformance/mwt-vectors.json}.
 *
 * @param kid the key id written into every token it signs
 * @param key the 256-bit HMAC key
 */
public record MwtKey(String kid, byte[] key) {

    public MwtKey {
        key = key.clone();
    }

    /** The key derived from a secret (its UTF-8 bytes). */
    public static MwtKey derive(String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("an MWT secret must not be empty");
        }
        byte[] raw = secret.getBytes(StandardCharsets.UTF_8);
        String kid = HexFormat.of().formatHex(hmac(raw, "mizan:mwt:kid")).substring(0, 16);
        return new MwtKey(kid, hmac(raw, "mizan:mwt:key"));
    }

    @Override
    public byte[] key() {
        return key.clone();
    }

    private static byte[] hmac(byte[] secret, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MwtKey k && k.kid.equals(kid) && Arrays.equals(k.key, key);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }

    @Override
    public String toString() {
        return "MwtKey[kid=" + kid + "]";
    }
}
