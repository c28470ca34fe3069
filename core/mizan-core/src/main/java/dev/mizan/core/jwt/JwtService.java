package dev.mizan.core.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.mizan.core.MizanUser;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Mints and checks the tokens of JWT auth. A login starts a token family; every refresh spends
 * its refresh token (one use) and issues a new pair in the same family; replaying a spent refresh
 * token revokes the family, and so does logout. An access token is accepted only while its family
 * is not revoked, so revocation takes effect on the next request, on every instance sharing the
 * {@link RevocationStore}.
 */
public final class JwtService {

    private static final String FAMILY = "fam";
    private static final String NAME = "name";
    private static final String STAFF = "staff";
    private static final String SUPERUSER = "superuser";
    private static final String ROLES = "roles";

    private final JwtSettings settings;
    private final TokenCodec codec;
    private final RevocationStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JwtService(JwtSettings settings, RevocationStore store, Clock clock) {
        this.settings = settings;
        this.codec = new TokenCodec(settings, clock);
        this.store = store;
        this.clock = clock;
    }

    public JwtSettings settings() {
        return settings;
    }

    /** A new token family for a user who just proved their credentials. */
    public TokenPair issue(MizanUser user) {
        return pair(user, newId());
    }

    /**
     * Spends a refresh token and issues the next pair of its family. {@code reload} gives the
     * user's current rights (or {@code null} when the account is gone or disabled).
     *
     * @throws TokenRejected for an invalid, expired or revoked token; {@link TokenRejected.Reason#REUSED}
     *     when it was already spent, after revoking its family
     */
    public TokenPair refresh(String refreshToken, UserReloader reload) throws TokenRejected {
        JWTClaimsSet claims = codec.verify(refreshToken, TokenCodec.REFRESH);
        String family = family(claims);
        if (store.familyRevoked(family)) {
            throw new TokenRejected(TokenRejected.Reason.REVOKED, "the session was signed out");
        }
        if (!store.spend(claims.getJWTID(), claims.getExpirationTime().toInstant())) {
            store.revokeFamily(family, clock.instant().plus(settings.refreshTtl()));
            throw new TokenRejected(
                    TokenRejected.Reason.REUSED, "the refresh token was already used; the session is revoked");
        }
        MizanUser user = reload.reload(user(claims));
        if (user == null) {
            store.revokeFamily(family, clock.instant().plus(settings.refreshTtl()));
            throw new TokenRejected(TokenRejected.Reason.REVOKED, "the account can no longer sign in");
        }
        return pair(user, family);
    }

    /**
     * Revokes the family of a token, access or refresh; tokens that do not verify (or have
     * expired) are ignored: there is nothing left to revoke.
     */
    public void revoke(@Nullable String accessToken, @Nullable String refreshToken) {
        revokeFamilyOf(accessToken, TokenCodec.ACCESS);
        revokeFamilyOf(refreshToken, TokenCodec.REFRESH);
    }

    private void revokeFamilyOf(@Nullable String token, com.nimbusds.jose.JOSEObjectType type) {
        if (token == null) {
            return;
        }
        try {
            store.revokeFamily(
                    family(codec.verify(token, type)), clock.instant().plus(settings.refreshTtl()));
        } catch (TokenRejected e) {
            // an invalid or expired token authenticates nobody: there is nothing to revoke
        }
    }

    /** The user an access token authenticates. */
    public MizanUser authenticate(String accessToken) throws TokenRejected {
        JWTClaimsSet claims = codec.verify(accessToken, TokenCodec.ACCESS);
        if (store.familyRevoked(family(claims))) {
            throw new TokenRejected(TokenRejected.Reason.REVOKED, "the session was signed out");
        }
        return user(claims);
    }

    private TokenPair pair(MizanUser user, String family) {
        Map<String, Object> access = new LinkedHashMap<>();
        access.put(FAMILY, family);
        access.put(NAME, user.username());
        access.put(STAFF, user.staff());
        access.put(SUPERUSER, user.superuser());
        access.put(ROLES, List.copyOf(new TreeSet<>(user.roles())));
        Map<String, Object> refresh = new LinkedHashMap<>(access);
        String at = codec.mint(TokenCodec.ACCESS, user.id(), newId(), settings.accessTtl(), access);
        String rt = codec.mint(TokenCodec.REFRESH, user.id(), newId(), settings.refreshTtl(), refresh);
        return new TokenPair(at, rt, "Bearer", settings.accessTtl().toSeconds());
    }

    private static String family(JWTClaimsSet claims) throws TokenRejected {
        Object family = claims.getClaim(FAMILY);
        if (!(family instanceof String f) || f.isEmpty()) {
            throw new TokenRejected(TokenRejected.Reason.INVALID, "the token names no family");
        }
        return f;
    }

    private static MizanUser user(JWTClaimsSet claims) throws TokenRejected {
        try {
            String name = claims.getStringClaim(NAME);
            Boolean staff = claims.getBooleanClaim(STAFF);
            Boolean superuser = claims.getBooleanClaim(SUPERUSER);
            List<String> roles = claims.getStringListClaim(ROLES);
            return new MizanUser(
                    claims.getSubject(),
                    name == null ? claims.getSubject() : name,
                    Boolean.TRUE.equals(staff),
                    Boolean.TRUE.equals(superuser),
                    roles == null ? Set.of() : Set.copyOf(roles));
        } catch (ParseException e) {
            throw new TokenRejected(TokenRejected.Reason.INVALID, "malformed user claims");
        }
    }

    private String newId() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The user's current rights at refresh time, or {@code null} when they may no longer sign in. */
    @FunctionalInterface
    public interface UserReloader {
        @Nullable
        MizanUser reload(MizanUser fromToken);
    }
}
