package dev.mizan.vertx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.MizanUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * CSRF on (the default) on a real port, with a user resolver that blocks (the checks run on a
 * virtual thread) and with one declared non-blocking (they run on the event loop): a session's token
 * passes only for the caller it was issued to, for every pair of roles; a missing, mismatched or
 * foreign token and a cross-site origin are refused before the body is read.
 */
class VertxCsrfTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The roles: the header that signs a test caller in ({@code X-Test-User}), or none. */
    private static final List<String> ROLES = List.of("", "alice", "sam", "root");

    /** Where the test's sign-in handler leaves the caller's name for the resolver. */
    private static final String SIGNED_IN = "test.signed-in";

    private Vertx vertx;
    private Mizan mizan;
    private String base;

    @AfterEach
    void stop() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
        if (mizan != null) {
            mizan.close();
        }
    }

    private static @Nullable MizanUser user(io.vertx.ext.web.RoutingContext context) {
        String name = context.get(SIGNED_IN);
        if (name == null) {
            return null;
        }
        return new MizanUser(name, name, !name.equals("alice"), name.equals("root"), Set.of());
    }

    private void start(boolean blockingResolver) throws Exception {
        vertx = Vertx.vertx();
        MizanUserResolver resolver = VertxCsrfTest::user;
        mizan = Mizan.builder()
                .register(new Notes())
                .users(blockingResolver ? resolver : MizanUserResolver.nonBlocking(resolver))
                .bodyLimit(4096)
                .build();
        Router router = Router.router(vertx);
        router.route("/api/mizan/*").handler(context -> {
            String name = context.request().getHeader("X-Test-User");
            if (name != null && !name.isEmpty()) {
                context.put(SIGNED_IN, name);
            }
            context.next();
        });
        mizan.mount(router, "/api/mizan");
        HttpServer server = vertx.createHttpServer()
                .requestHandler(router)
                .listen(0, "127.0.0.1")
                .toCompletionStage()
                .toCompletableFuture()
                .get(10, TimeUnit.SECONDS);
        base = "http://127.0.0.1:" + server.actualPort() + "/api/mizan";
    }

    /** A session: its token and the cookie that carries it. */
    private record Session(String token, String cookie) {}

    private Session session(String role) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/session/"));
        if (!role.isEmpty()) {
            request.header("X-Test-User", role);
        }
        HttpResponse<String> answer = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        return new Session(
                JSON.readTree(answer.body()).path("csrf_token").asString(), cookie.substring(0, cookie.indexOf(';')));
    }

    private HttpResponse<String> call(String role, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/call/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!role.isEmpty()) {
            request.header("X-Test-User", role);
        }
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> carrying(Session session, String header) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cookie", session.cookie());
        headers.put("X-CSRF-Token", header);
        return headers;
    }

    private static String reason(HttpResponse<String> answer) {
        JsonNode error = JSON.readTree(answer.body()).path("error");
        return error.path("code").asString() + "/"
                + error.path("details").path("reason").asString();
    }

    private static final String NOTE = "{\"function\":\"add_note\",\"args\":{\"text\":\"hi\"}}";

    @ParameterizedTest(name = "blocking resolver: {0}")
    @ValueSource(booleans = {true, false})
    void a_token_passes_only_for_the_caller_it_was_issued_to(boolean blockingResolver) throws Exception {
        start(blockingResolver);
        for (String issuedTo : ROLES) {
            Session session = session(issuedTo);
            for (String caller : ROLES) {
                HttpResponse<String> answer = call(caller, carrying(session, session.token()), NOTE);
                String pair = "token of '" + issuedTo + "' sent by '" + caller + "'";
                if (issuedTo.equals(caller)) {
                    assertThat(answer.statusCode()).as(pair).isEqualTo(200);
                    assertThat(JSON.readTree(answer.body()).path("result").asString())
                            .as(pair)
                            .isEqualTo((caller.isEmpty() ? "anonymous" : caller) + ":hi");
                } else {
                    assertThat(answer.statusCode()).as(pair).isEqualTo(403);
                    assertThat(reason(answer)).as(pair).isEqualTo("FORBIDDEN/csrf");
                }
            }
        }
    }

    @ParameterizedTest(name = "blocking resolver: {0}")
    @ValueSource(booleans = {true, false})
    void missing_mismatched_and_forged_tokens_and_other_sites_are_refused(boolean blockingResolver) throws Exception {
        start(blockingResolver);
        for (String role : ROLES) {
            Session session = session(role);
            assertThat(reason(call(role, Map.of(), NOTE))).as(role + ": none").isEqualTo("FORBIDDEN/csrf");
            assertThat(reason(call(role, Map.of("Cookie", session.cookie()), NOTE)))
                    .as(role + ": cookie without header")
                    .isEqualTo("FORBIDDEN/csrf");
            assertThat(reason(call(role, Map.of("X-CSRF-Token", session.token()), NOTE)))
                    .as(role + ": header without cookie")
                    .isEqualTo("FORBIDDEN/csrf");
            String forged = session.token().substring(0, session.token().length() - 2)
                    + (session.token().endsWith("AA") ? "BB" : "AA");
            assertThat(reason(call(role, Map.of("Cookie", "MIZAN-CSRF=" + forged, "X-CSRF-Token", forged), NOTE)))
                    .as(role + ": forged")
                    .isEqualTo("FORBIDDEN/csrf");
            Map<String, String> crossSite = carrying(session, session.token());
            crossSite.put("Origin", "https://evil.example");
            assertThat(reason(call(role, crossSite, NOTE)))
                    .as(role + ": another site with a good token")
                    .isEqualTo("FORBIDDEN/origin");
            Map<String, String> sameOrigin = carrying(session, session.token());
            sameOrigin.put("Origin", base.substring(0, base.indexOf("/api")));
            assertThat(call(role, sameOrigin, NOTE).statusCode())
                    .as(role + ": its own origin")
                    .isEqualTo(200);
        }
    }

    @ParameterizedTest(name = "blocking resolver: {0}")
    @ValueSource(booleans = {true, false})
    void a_refused_call_is_answered_before_its_body_is_read(boolean blockingResolver) throws Exception {
        start(blockingResolver);
        Session session = session("alice");
        String large = "{\"function\":\"add_note\",\"args\":{\"text\":\"" + "x".repeat(8000) + "\"}}";
        assertThat(reason(call("alice", Map.of(), large)))
                .as("no token: refused, not measured")
                .isEqualTo("FORBIDDEN/csrf");
        Map<String, String> crossSite = carrying(session, session.token());
        crossSite.put("Origin", "https://evil.example");
        assertThat(reason(call("alice", crossSite, large))).isEqualTo("FORBIDDEN/origin");
        assertThat(reason(call("alice", carrying(session, session.token()), large)))
                .as("a good token: the body is read, and it is over the limit")
                .isEqualTo("PAYLOAD_TOO_LARGE/");
        assertThat(call("alice", carrying(session, session.token()), NOTE).statusCode())
                .isEqualTo(200);
    }
}
