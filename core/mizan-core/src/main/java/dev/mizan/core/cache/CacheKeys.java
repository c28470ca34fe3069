package dev.mizan.core.cache;

import dev.mizan.core.PermissionKey;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cache keys (MIZAN.md §5): HMAC-SHA256 under a secret over the RFC 8785 canonical JSON of
 * {@code {"fn" or "ctx": NAME, "params": {…}, "rev": N, "perm": KEY}}, as lowercase hex.
 * Pinned by {@code conformance/cache-key-vectors.json}, which the TypeScript {@code @mizan/keys}
 * checks too.
 */
public final class CacheKeys {

    /** What a key names: one function's answer, or a whole context bundle. */
    public enum Kind {
        FN("fn"),
        CTX("ctx");

        private final String field;

        Kind(String field) {
            this.field = field;
        }

        /** The member name in the canonical input. */
        public String field() {
            return field;
        }
    }

    private static final HexFormat HEX = HexFormat.of();

    private final Mac prototype;

    /** Keys under this secret (its UTF-8 bytes are the HMAC key). */
    public CacheKeys(String secret) {
        this(secret.getBytes(StandardCharsets.UTF_8));
    }

    public CacheKeys(byte[] secret) {
        if (secret.length == 0) {
            throw new IllegalArgumentException("an HMAC secret must not be empty");
        }
        try {
            prototype = Mac.getInstance("HmacSHA256");
            prototype.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** The canonical input: RFC 8785 JSON of the four members. */
    public static String canonicalInput(Kind kind, String name, ObjectNode params, int rev, PermissionKey perm) {
        ObjectNode input = JsonNodeFactory.instance.objectNode();
        input.put(kind.field(), name);
        input.set("params", params);
        input.put("rev", rev);
        input.put("perm", perm.value());
        return Jcs.canonicalize(input);
    }

    /** The key of that input. */
    public String key(Kind kind, String name, ObjectNode params, int rev, PermissionKey perm) {
        return hmac(canonicalInput(kind, name, params, rev, perm));
    }

    /** HMAC-SHA256 of an already canonical input, as lowercase hex. */
    public String hmac(String canonicalInput) {
        Mac mac = mac();
        return HEX.formatHex(mac.doFinal(canonicalInput.getBytes(StandardCharsets.UTF_8)));
    }

    private Mac mac() {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the HmacSHA256 provider cannot clone its Mac", e);
        }
    }
}
