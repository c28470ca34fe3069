package dev.mizan.core.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanUser;
import dev.mizan.core.dispatch.DispatchResult;
import dev.mizan.core.registry.Registry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EdgeOriginTest {

    public static class Reads {
        @Client(context = "site", scope = ContextScope.PUBLIC, cache = @Cached(ttl = "1m"))
        public String banner() {
            return "";
        }

        @Client(context = "board", cache = @Cached(ttl = "1m"))
        public String board(long id) {
            return "";
        }

        @Client(context = "me", scope = ContextScope.USER, cache = @Cached(ttl = "1m"))
        public String me() {
            return "";
        }
    }

    static final String SECRET = "edge-origin-unit-secret-0123456789abcdef";
    static final MizanUser STAFF = new MizanUser("7", "sam", true, false, Set.of());

    static EdgeOrigin edge() {
        return EdgeOrigin.create(
                Registry.builder().add(Reads.class).build(),
                "/api/mizan",
                SECRET,
                null,
                Duration.ofMinutes(10),
                "anon",
                Clock.systemUTC());
    }

    static DispatchResult ok(String body) {
        return new DispatchResult(null, body.getBytes(StandardCharsets.UTF_8), List.of(), List.of());
    }

    @Test
    void marks_answers_of_cacheable_contexts_with_the_perm_of_their_scope() {
        EdgeOrigin edge = edge();
        assertThat(edge.marks("board", STAFF, ok("{}")))
                .isEqualTo(new EdgeOrigin.Marks(
                        "staff", EdgeOrigin.etag("{}".getBytes(StandardCharsets.UTF_8)), "private, no-cache"));
        assertThat(edge.marks("board", null, ok("{}")).perm()).isEqualTo("anon");
        assertThat(edge.marks("site", STAFF, ok("{}")).perm()).isEqualTo("anon");
        assertThat(edge.marks("me", STAFF, ok("{}"))).isNull();
        assertThat(edge.marks(
                        "board", STAFF, new DispatchResult(ErrorCode.NOT_FOUND, new byte[0], List.of(), List.of())))
                .isNull();
        assertThat(edge.marks("board", STAFF, ok("{\"a\":1}")).etag())
                .isNotEqualTo(edge.marks("board", STAFF, ok("{\"a\":2}")).etag());
    }

    @Test
    void renews_a_missing_or_foreign_class_token_and_keeps_a_fresh_one() {
        EdgeOrigin edge = edge();
        String staff = edge.mint(STAFF);
        assertThat(edge.renewal(staff, STAFF)).isNull();
        assertThat(edge.renewal(staff, null)).isNotNull();
        assertThat(edge.renewal(null, STAFF)).isNotNull();
        assertThat(edge.renewal("x.y.z", STAFF)).isNotNull();
    }

    @Test
    void refuses_a_missing_or_short_secret_naming_the_property() {
        Registry registry = Registry.builder().add(Reads.class).build();
        for (String secret : new String[] {null, "short"}) {
            assertThatThrownBy(() -> EdgeOrigin.create(
                            registry, "/api/mizan", secret, null, Duration.ofMinutes(10), "anon", Clock.systemUTC()))
                    .hasMessageContaining("mizan.cache.secret");
        }
    }

    @Test
    void the_cookie_carries_the_token_on_every_path_for_its_lifetime() {
        EdgeOrigin edge = EdgeOrigin.create(
                Registry.builder().add(Reads.class).build(),
                "/api/mizan",
                SECRET,
                null,
                Duration.ofMinutes(10),
                "anon",
                Clock.fixed(java.time.Instant.parse("2026-12-01T08:00:00Z"), java.time.ZoneOffset.UTC));
        assertThat(edge.cookie("t.o.k", false))
                .isEqualTo("mizan_mwt=t.o.k; Path=/; Max-Age=600; Expires=Tue, 01 Dec 2026 08:10:00 GMT;"
                        + " HttpOnly; SameSite=Lax");
        assertThat(edge.cookie("t.o.k", true)).contains("; Secure; HttpOnly");
    }
}
