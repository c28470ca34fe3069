package dev.mizan.core.web;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Signed double-submit CSRF tokens (the OWASP "signed double-submit cookie"): a token is a random
 * nonce and an HMAC-SHA256 of the caller's session identity and that nonce, under a server secret.
 * Only the server can mint one, and a token minted for one identity is refused for another.
 *
 * <p>Format: {@code base64url(nonce) "." base64url(hmac)}, 24 + 1 + 43 ASCII characters; the MAC
 * input is {@code len(identity) "!" identity "!" nonce}, so no two (identity, nonce) pairs collide.
 */
public final class CsrfTokens {

    /** The request header that must echo the token. */
    public static final String HEADER = "X-CSRF-Token";

    private static final int NONCE_BYTES = 18;
    private static final int MAX_LENGTH = 128;
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();

    /** Initialized MACs kept between checks (looking one up and keying it costs more than the MAC). */
    private static final int MAX_POOLED_MACS = 64;

    private final SecretKeySpec key;
    private final ConcurrentLinkedQueue<Mac> macs = new ConcurrentLinkedQueue<>();

    /** Token and identity pairs verified lately (a token is checked on every call of its page). */
    private static final int MAX_VERIFIED = 8192;

    private final Set<String> verified = ConcurrentHashMap.newKeySet();
    private final SecureRandom random = new SecureRandom();

    private CsrfTokens(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the CSRF secret needs at least 32 bytes, got " + secret.length);
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** Tokens under a configured secret (at least 32 bytes), shared by every instance that has it. */
    public static CsrfTokens withSecret(byte[] secret) {
        return new CsrfTokens(secret);
    }

    /** Tokens under a secret drawn now: valid only on this instance, and only until it restarts. */
    public static CsrfTokens withRandomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return new CsrfTokens(secret);
    }

    /** A fresh token bound to the identity. */
    public String mint(String identity) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        String encodedNonce = ENCODE.encodeToString(nonce);
        return encodedNonce + "." + ENCODE.encodeToString(mac(identity, encodedNonce));
    }

    /** The cookie's token when it is valid for the identity (so a page's token survives), else a fresh one. */
    public String reuseOrMint(@Nullable String cookie, String identity) {
        return verify(cookie, identity) ? cookie : mint(identity);
    }

    /**
     * The double-submit check every adapter makes: the presented token (header or the socket's
     * {@code csrf_token} param) equals the CSRF cookie, which is well formed, and was minted by this
     * secret for this identity; constant-time.
     */
    public boolean accepts(@Nullable String cookie, @Nullable String presented, String identity) {
        return wellFormed(cookie)
                && presented != null
                && MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII))
                && verify(presented, identity);
    }

    /** Whether the token was minted by this secret for this identity (constant-time). */
    public boolean verify(@Nullable String token, String identity) {
        if (token == null || !wellFormed(token)) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return false;
        }
        String key = identity + "\n" + token;
        if (verified.contains(key)) {
            return true;
        }
        byte[] expected = ENCODE.encode(mac(identity, token.substring(0, dot)));
        byte[] presented = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        boolean valid = MessageDigest.isEqual(expected, presented);
        if (valid) {
            // A page sends the same token with every call: its verdict is kept, within a bound.
            if (verified.size() >= MAX_VERIFIED) {
                verified.clear();
            }
            verified.add(key);
        }
        return valid;
    }

    /**
     * Whether a cookie or header value can be a token at all: 1 to 128 characters of the URL-safe
     * base64 alphabet and dots. Anything else (non-ASCII, quotes, spaces) is ignored as absent.
     */
    public static boolean wellFormed(@Nullable String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * The identity a token is bound to: the signed-in user, else the anonymous caller's HTTP
     * session when there is one, else the anonymous caller (whose tokens any anonymous caller can
     * also obtain; the header requirement and the origin check still stop cross-site requests).
     */
    public static String identity(@Nullable String userId, @Nullable String sessionId) {
        if (userId != null) {
            return "user:" + userId;
        }
        if (sessionId != null && !sessionId.isEmpty()) {
            return "session:" + sessionId;
        }
        return "anonymous";
    }

    private byte[] mac(String identity, String nonce) {
        Mac mac = macs.poll();
        if (mac == null) {
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is unavailable", e);
            }
        }
        byte[] out = mac.doFinal((identity.length() + "!" + identity + "!" + nonce).getBytes(StandardCharsets.UTF_8));
        // doFinal reset it for the next token; a few are kept, not one per thread that ever checked.
        if (macs.size() < MAX_POOLED_MACS) {
            macs.offer(mac);
        }
        return out;
    }
}
