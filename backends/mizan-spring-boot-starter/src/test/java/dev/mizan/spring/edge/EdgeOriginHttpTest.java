package dev.mizan.spring.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.PermissionKey;
import dev.mizan.core.edge.Mwt;
import dev.mizan.spring.cache.CacheApp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The origin's side of the edge over real HTTP: MWT cookie and renewal, the manifest, the marks of cacheable answers. */
class EdgeOriginHttpTest {

    private static final String SECRET = "edge-origin-test-secret-0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Mwt VERIFIER = Mwt.fromSecrets(SECRET, null, Duration.ofMinutes(10), Clock.systemUTC());

    private static ConfigurableApplicationContext app;
    private static String base;

    static ConfigurableApplicationContext start(String... extra) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "mizan.csrf.enabled=false",
                "mizan.default-auth=public",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN"));
        all.addAll(List.of(extra));
        return new SpringApplicationBuilder(CacheApp.class)
                .properties(all.toArray(String[]::new))
                .run();
    }

    @BeforeAll
    static void startApp() {
        app = start("mizan.cache.secret=" + SECRET, "mizan.edge.enabled=true");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/api/mizan";
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    static HttpResponse<String> get(String root, String path, @Nullable String user, @Nullable String mwt) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(root + path)).GET();
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":pw").getBytes(StandardCharsets.UTF_8)));
        }
        if (mwt != null) {
            request.header("Cookie", Mwt.COOKIE + "=" + mwt);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static @Nullable String mwtCookie(HttpResponse<String> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            if (c.startsWith(Mwt.COOKIE + "=")) {
                return c;
            }
        }
        return null;
    }

    @Test
    void the_session_answer_and_cookie_carry_an_mwt_of_the_callers_class() {
        Map<String, PermissionKey> classes = new java.util.LinkedHashMap<>();
        classes.put("", PermissionKey.ANON);
        classes.put("ann", PermissionKey.AUTH);
        classes.put("sam", PermissionKey.STAFF);
        classes.put("sue", PermissionKey.SUPERUSER);
        classes.forEach((user, perm) -> {
            HttpResponse<String> r = get(base, "/session/", user.isEmpty() ? null : user, null);
            assertThat(r.statusCode()).isEqualTo(200);
            String token = JSON.readTree(r.body()).get("mwt").asString();
            assertThat(VERIFIER.verify(token).perm()).as(user).isEqualTo(perm);
            String cookie = mwtCookie(r);
            assertThat(cookie).isNotNull();
            assertThat(cookie).startsWith(Mwt.COOKIE + "=" + token + ";");
            assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=600");
        });
    }

    @Test
    void a_valid_cookie_of_the_callers_class_is_kept_and_any_other_is_replaced() {
        String auth = JSON.readTree(get(base, "/session/", "ann", null).body())
                .get("mwt")
                .asString();
        String staff = JSON.readTree(get(base, "/session/", "sam", null).body())
                .get("mwt")
                .asString();

        assertThat(mwtCookie(get(base, "/ctx/site/", "ann", auth))).isNull();
        String replaced = mwtCookie(get(base, "/ctx/site/", "ann", staff));
        assertThat(replaced).isNotNull();
        String token = replaced.substring(Mwt.COOKIE.length() + 1, replaced.indexOf(';'));
        assertThat(VERIFIER.verify(token).perm()).isEqualTo(PermissionKey.AUTH);
        assertThat(mwtCookie(get(base, "/ctx/site/", null, staff))).isNotNull();
        assertThat(mwtCookie(get(base, "/ctx/site/", "ann", "forged.token.value")))
                .isNotNull();
        assertThat(mwtCookie(get(base, "/ctx/site/", "ann", null))).isNotNull();
    }

    @Test
    void the_manifest_lists_the_edge_cacheable_contexts_and_why_the_others_are_not() {
        HttpResponse<String> r = get(base, "/edge/manifest/", null, null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode manifest = JSON.readTree(r.body());
        assertThat(manifest.get("version").asInt()).isEqualTo(1);
        assertThat(manifest.get("base_path").asString()).isEqualTo("/api/mizan");
        assertThat(manifest.get("mwt_cookie").asString()).isEqualTo(Mwt.COOKIE);
        assertThat(manifest.get("without_mwt").asString()).isEqualTo("anon");
        List<String> names = new ArrayList<>();
        JsonNode site = null;
        for (JsonNode c : manifest.get("contexts")) {
            names.add(c.get("name").asString());
            if (c.get("name").asString().equals("site")) {
                site = c;
            }
        }
        // sized (the answer-limit test context of CacheApp) is edge-cacheable too.
        assertThat(names).containsExactlyInAnyOrder("site", "sized");
        assertThat(site).isNotNull();
        assertThat(site.get("name").asString()).isEqualTo("site");
        assertThat(site.get("scope").asString()).isEqualTo("public");
        assertThat(site.get("ttl").asLong()).isEqualTo(300);
        assertThat(site.get("rev").asInt()).isEqualTo(1);
        assertThat(site.get("params").size()).isZero();
        JsonNode skipped = manifest.get("not_cached");
        assertThat(skipped.get("catalog").asString()).contains("catalog_note is not @Cached");
        assertThat(skipped.get("cart").asString()).contains("scope user");
        assertThat(skipped.get("plain").asString()).contains("not @Cached");
    }

    @Test
    void answers_of_edge_cacheable_contexts_name_their_perm_and_carry_an_etag() {
        HttpResponse<String> site = get(base, "/ctx/site/", "sam", null);
        assertThat(site.statusCode()).isEqualTo(200);
        assertThat(site.headers().firstValue("X-Mizan-Perm")).hasValue("anon");
        assertThat(site.headers().firstValue("Cache-Control")).hasValue("private, no-cache");
        assertThat(site.headers().firstValue("ETag").orElseThrow()).matches("\"[A-Za-z0-9_-]{22}\"");

        HttpResponse<String> catalog = get(base, "/ctx/catalog/?itemId=3", "sam", null);
        assertThat(catalog.statusCode()).isEqualTo(200);
        assertThat(catalog.headers().firstValue("X-Mizan-Perm")).isEmpty();
        assertThat(catalog.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> error = get(base, "/ctx/site/?nope=1", "sam", null);
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.headers().firstValue("X-Mizan-Perm")).isEmpty();
        assertThat(error.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void off_by_default_no_mwt_and_no_manifest() {
        try (ConfigurableApplicationContext plain = start("mizan.cache.secret=" + SECRET)) {
            String root = "http://127.0.0.1:" + plain.getEnvironment().getProperty("local.server.port") + "/api/mizan";
            HttpResponse<String> session = get(root, "/session/", "ann", null);
            assertThat(JSON.readTree(session.body()).has("mwt")).isFalse();
            assertThat(mwtCookie(session)).isNull();
            assertThat(get(root, "/edge/manifest/", null, null).statusCode()).isEqualTo(404);
            assertThat(get(root, "/ctx/site/", null, null).headers().firstValue("Cache-Control"))
                    .hasValue("no-store");
        }
    }
}
