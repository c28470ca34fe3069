package dev.mizan.core.jwt;

import java.util.Arrays;

/**
 * One HMAC signing key. Several keys may be live at once (rotation): tokens name theirs in the
 * {@code kid} header, new tokens are signed with the active one.
 *
 * @param kid the key id written into every token it signs
 * @param secret the shared secret, at least 32 bytes (256 bits)
 */
public record JwtKey(String kid, byte[] secret) {

    public JwtKey {
        if (kid.isBlank()) {
            throw new IllegalArgumentException("a JWT key needs a non-blank kid");
        }
        if (secret.length < 32) {
            throw new IllegalArgumentException("the JWT key '" + kid + "' is shorter than 256 bits");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JwtKey k && k.kid.equals(kid) && Arrays.equals(k.secret, secret);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }

    @Override
    public String toString() {
        return "JwtKey[kid=" + kid + "]";
    }
}
