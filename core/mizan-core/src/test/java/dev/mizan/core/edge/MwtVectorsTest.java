package dev.mizan.core.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.PermissionKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Java MWT against the vector file that {@code @mizan/edge} checks too. */
class MwtVectorsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    record Vector(
            String name,
            String token,
            boolean valid,
            @Nullable String perm) {
        @Override
        public String toString() {
            return name;
        }
    }

    static JsonNode file() throws Exception {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path file = dir.resolve("conformance/mwt-vectors.json");
            if (Files.isRegularFile(file)) {
                return MAPPER.readTree(file.toFile());
            }
        }
        throw new IllegalStateException("conformance/mwt-vectors.json not found");
    }

    static Stream<Vector> cases() throws Exception {
        List<Vector> out = new ArrayList<>();
        for (JsonNode v : file().get("vectors")) {
            out.add(new Vector(
                    v.get("name").stringValue(),
                    v.get("token").stringValue(),
                    v.get("valid").booleanValue(),
                    v.has("perm") ? v.get("perm").stringValue() : null));
        }
        return out.stream();
    }

    static Instant now() throws Exception {
        return Instant.ofEpochSecond(file().get("now").longValue());
    }

    static Mwt mwt() throws Exception {
        JsonNode f = file();
        Clock clock = Clock.fixed(now(), ZoneOffset.UTC);
        return new Mwt(
                List.of(
                        MwtKey.derive(f.get("secrets").get("current").stringValue()),
                        MwtKey.derive(f.get("secrets").get("previous").stringValue())),
                Duration.ofMinutes(10),
                Duration.ofSeconds(f.get("skew").longValue()),
                clock);
    }

    @Test
    void the_file_covers_every_refusal_the_issue_names() throws Exception {
        List<String> names = cases().map(Vector::name).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(30);
        assertThat(String.join("\n", names))
                .contains(
                        "expired",
                        "not yet valid",
                        "unknown kid",
                        "tampered payload",
                        "alg none",
                        "HS/RS confusion",
                        "wrong typ");
    }

    @Test
    void keys_are_derived_from_the_secrets_as_pinned() throws Exception {
        for (JsonNode k : file().get("keys")) {
            MwtKey key = MwtKey.derive(k.get("secret").stringValue());
            assertThat(key.kid()).isEqualTo(k.get("kid").stringValue());
            assertThat(HexFormat.of().formatHex(key.key()))
                    .isEqualTo(k.get("key").stringValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdict_matches_the_vector(Vector v) throws Exception {
        Mwt.Verdict verdict = mwt().verify(v.token(), now());
        assertThat(verdict.valid()).as(verdict.reason()).isEqualTo(v.valid());
        if (v.valid()) {
            assertThat(verdict.perm()).isEqualTo(new PermissionKey(v.perm()));
        }
    }

    @Test
    void minted_tokens_verify_here_and_carry_the_class() throws Exception {
        Mwt mwt = mwt();
        for (PermissionKey perm :
                List.of(PermissionKey.ANON, PermissionKey.AUTH, PermissionKey.STAFF, PermissionKey.SUPERUSER)) {
            Mwt.Verdict verdict = mwt.verify(mwt.mint(perm), now());
            assertThat(verdict.valid()).isTrue();
            assertThat(verdict.perm()).isEqualTo(perm);
            assertThat(verdict.expiresAt()).isEqualTo(now().plus(Duration.ofMinutes(10)));
        }
        assertThatThrownBy(() -> mwt.mint(new PermissionKey("user:7"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_token_of_the_previous_key_verifies_but_a_dropped_key_does_not() throws Exception {
        JsonNode f = file();
        String previous = f.get("secrets").get("previous").stringValue();
        Clock clock = Clock.fixed(now(), ZoneOffset.UTC);
        String old =
                Mwt.fromSecrets(previous, null, Duration.ofMinutes(10), clock).mint(PermissionKey.STAFF);
        Mwt rotating =
                Mwt.fromSecrets("a-new-secret-after-rotation-0123456789", previous, Duration.ofMinutes(10), clock);
        assertThat(rotating.verify(old).perm()).isEqualTo(PermissionKey.STAFF);
        assertThat(rotating.needsRenewal(old, PermissionKey.STAFF)).isTrue();
        Mwt rotated = Mwt.fromSecrets("a-new-secret-after-rotation-0123456789", null, Duration.ofMinutes(10), clock);
        assertThat(rotated.verify(old).valid()).isFalse();
    }

    @Test
    void renewal_when_missing_of_another_class_or_past_half_its_life() throws Exception {
        Instant start = now();
        Clock early = Clock.fixed(start, ZoneOffset.UTC);
        Mwt mwt = Mwt.fromSecrets("renewal-test-secret-0123456789abcdef", null, Duration.ofMinutes(10), early);
        String token = mwt.mint(PermissionKey.AUTH);
        assertThat(mwt.needsRenewal(token, PermissionKey.AUTH)).isFalse();
        assertThat(mwt.needsRenewal(token, PermissionKey.STAFF)).isTrue();
        assertThat(mwt.needsRenewal(null, PermissionKey.ANON)).isTrue();
        assertThat(mwt.needsRenewal("garbage", PermissionKey.ANON)).isTrue();
        Mwt later = Mwt.fromSecrets(
                "renewal-test-secret-0123456789abcdef",
                null,
                Duration.ofMinutes(10),
                Clock.fixed(start.plus(Duration.ofMinutes(6)), ZoneOffset.UTC));
        assertThat(later.needsRenewal(token, PermissionKey.AUTH)).isTrue();
        Mwt stillEarly = Mwt.fromSecrets(
                "renewal-test-secret-0123456789abcdef",
                null,
                Duration.ofMinutes(10),
                Clock.fixed(start.plus(Duration.ofMinutes(4)), ZoneOffset.UTC));
        assertThat(stillEarly.needsRenewal(token, PermissionKey.AUTH)).isFalse();
    }
}
