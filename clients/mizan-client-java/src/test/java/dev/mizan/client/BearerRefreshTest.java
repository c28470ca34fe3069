package dev.mizan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.conformance.fixture.spring.FixtureApplication;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;

/**
 * Bearer auth against the real conformance fixture with two-second access tokens: an expired
 * token is refreshed once, shared by every request that failed meanwhile, and each is retried;
 * a refresh that fails signs the client out.
 */
class BearerRefreshTest {

    private static ConfigurableApplicationContext fixture;
    private static URI base;

    @BeforeAll
    static void start() {
        fixture = new SpringApplication(FixtureApplication.class)
                .run(
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--mizan.jwt.access-ttl=2s",
                        "--mizan.jwt.clock-skew=0s",
                        "--logging.level.root=WARN");
        base = URI.create(
                "http://127.0.0.1:" + fixture.getEnvironment().getRequiredProperty("local.server.port") + "/api/mizan");
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void an_expired_access_token_is_refreshed_once_for_concurrent_calls_and_each_call_is_retried() throws Exception {
        AtomicInteger tokens = new AtomicInteger();
        AtomicInteger signOuts = new AtomicInteger();
        MizanClient client = MizanClient.builder(base)
                .bearer()
                .onTokens(pair -> tokens.incrementAndGet())
                .onSignOut(signOuts::incrementAndGet)
                .build();
        client.bearer().login("alice", "alice-password");
        assertThat(whoami(client)).isEqualTo("alice");
        assertThat(tokens).hasValue(1);
        Thread.sleep(3_000);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> whoami(client)));
        }
        for (CompletableFuture<String> call : calls) {
            assertThat(call.get()).isEqualTo("alice");
        }
        // One refresh for the four: a second refresh with the same token would have revoked the family.
        assertThat(tokens).hasValue(2);
        assertThat(signOuts).hasValue(0);
        assertThat(client.bearer().signedIn()).isTrue();
        // Context bundles refresh the same way.
        Thread.sleep(3_000);
        JsonNode admin = client.contextJson("catalog", 3, Map.of("itemId", 1));
        assertThat(admin.at("/catalog_item/seenAs").asString()).isEqualTo("auth");
        assertThat(tokens).hasValue(3);
    }

    @Test
    void a_failed_refresh_signs_the_client_out_and_the_call_fails_with_its_error() throws Exception {
        List<String> refreshTokens = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger signOuts = new AtomicInteger();
        MizanClient client = MizanClient.builder(base)
                .bearer()
                .onTokens(pair -> refreshTokens.add(pair.refreshToken()))
                .onSignOut(signOuts::incrementAndGet)
                .build();
        client.bearer().login("sam", "sam-password");
        // Someone else spends the client's refresh token: the client's own refresh is then a reuse.
        MizanClient thief = MizanClient.builder(base).build();
        thief.callJson("refresh", Map.of("refreshToken", refreshTokens.getFirst()));
        Thread.sleep(3_000);
        assertThatThrownBy(() -> whoami(client))
                .isInstanceOfSatisfying(
                        UnauthorizedException.class, e -> assertThat(e.reason()).isEqualTo("token_expired"));
        assertThat(client.bearer().signedIn()).isFalse();
        assertThat(signOuts).hasValue(1);
        // Signed out, it calls anonymously (the session way) and keeps working for public functions.
        assertThat(client.call("greet", Map.of("name", "again"), new TypeReference<String>() {}))
                .isEqualTo("Hello, again");
    }

    @Test
    void a_kept_refresh_token_signs_the_client_in_on_its_first_request() {
        MizanClient first = MizanClient.builder(base).bearer().build();
        first.bearer().login("root", "root-password");
        String kept = first.bearer().refreshToken().orElseThrow();
        MizanClient second = MizanClient.builder(base).bearer(kept).build();
        assertThat(whoami(second)).isEqualTo("root");
        assertThat(second.bearer().refreshToken()).get().isNotEqualTo(kept);
    }

    private static String whoami(MizanClient client) {
        return client.callJson("whoami", Map.of()).get("username").asString();
    }
}
