package dev.mizan.conformance.suite;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The MWT as the contract defines it (docs/edge.md), written here independently of the server:
 * keys derived from the fixture's cache secret, strict HS256 verification, and minting of valid
 * and forged tokens.
 */
final class Mwts {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private Mwts() {}

    /** The fixture's cache secret, as pinned by the fixture vectors of cache-key-vectors.json. */
    static String fixtureSecret() throws IOException {
        for (JsonNode v : Json.MAPPER
                .readTree(Files.readString(CacheKeyVectorProbe.VECTORS))
                .get("vectors")) {
            if (v.get("name").asString().startsWith("fixture:")) {
                return v.get("secret").asString();
            }
        }
        throw new AssertionError("cache-key-vectors.json has no fixture vector");
    }

    static final Path VECTORS = Path.of("../mwt-vectors.json");

    static byte[] hmac(byte[] key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    static String kid(String secret) {
        return HexFormat.of()
                .formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), "mizan:mwt:kid"))
                .substring(0, 16);
    }

    static byte[] key(String secret) {
        return hmac(secret.getBytes(StandardCharsets.UTF_8), "mizan:mwt:key");
    }

    static String b64(String json) {
        return B64.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A token of {@code header} and {@code payload} (JSON texts) signed HS256 under {@code secret}. */
    static String sign(String header, String payload, String secret) {
        String input = b64(header) + "." + b64(payload);
        return input + "." + B64.encodeToString(hmac(key(secret), input));
    }

    /** A well-formed token of that class, issued now. */
    static String mint(String secret, String perm, long iat, long exp) {
        return sign(
                "{\"alg\":\"HS256\",\"kid\":\"" + kid(secret) + "\",\"typ\":\"mwt+jwt\"}",
                "{\"perm\":\"" + perm + "\",\"iat\":" + iat + ",\"exp\":" + exp + "}",
                secret);
    }

    /** The class a token carries when it verifies under {@code secret} now, else {@code null}. */
    static @Nullable String verify(String token, String secret, long now) {
        try {
            return verifyStrictly(token, secret, now);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static @Nullable String verifyStrictly(String token, String secret, long now) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !token.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*")) {
            return null;
        }
        JsonNode header = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[0]));
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = header.propertyNames().iterator(); it.hasNext(); ) {
            names.add(it.next());
        }
        if (!names.equals(Set.of("alg", "kid", "typ"))
                || !header.get("alg").asString().equals("HS256")
                || !header.get("typ").asString().equals("mwt+jwt")
                || !header.get("kid").asString().equals(kid(secret))) {
            return null;
        }
        byte[] expected = hmac(key(secret), parts[0] + "." + parts[1]);
        if (!MessageDigest.isEqual(expected, Base64.getUrlDecoder().decode(parts[2]))) {
            return null;
        }
        JsonNode claims = Json.MAPPER.readTree(Base64.getUrlDecoder().decode(parts[1]));
        if (!claims.path("iat").isNumber() || !claims.path("exp").isNumber()) {
            return null;
        }
        if (claims.get("iat").asLong() > now + 30 || now >= claims.get("exp").asLong() + 30) {
            return null;
        }
        String perm = claims.path("perm").asString("");
        return Set.of("anon", "auth", "staff", "superuser").contains(perm) ? perm : null;
    }

    /** The token a {@code Set-Cookie: mizan_mwt=…} header of the reply carries, or {@code null}. */
    static @Nullable String cookie(Reply reply) {
        for (String c : reply.headerValues("Set-Cookie")) {
            if (c.startsWith("mizan_mwt=")) {
                return c.substring("mizan_mwt=".length(), c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
            }
        }
        return null;
    }

    /** The whole {@code Set-Cookie} header of the MWT, or {@code null}. */
    static @Nullable String cookieHeader(Reply reply) {
        return reply.headerValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("mizan_mwt="))
                .findFirst()
                .orElse(null);
    }
}
