package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Session and CSRF: {@code GET /session/} issues the token and describes the user; a mutation over
 * HTTP without the session's token in {@code X-CSRF-Token} is {@code 403 FORBIDDEN},
 * {@code details.reason = "csrf"}.
 */
@ExtendWith(ConformanceServer.class)
class SessionProbe {

    private static String createTask(long projectId) {
        return Json.text(
                "{'function': 'create_task', 'args': {'projectId': " + projectId + ", 'task': {'title': 'x'}}}");
    }

    @Test
    void the_session_issues_a_token_and_no_user_when_anonymous(Wire wire) {
        Reply reply = wire.anonymous().session();

        assertThat(reply.status()).as("%s", reply).isEqualTo(200);
        Envelopes.assertJson(reply);
        JsonNode session = reply.json();
        assertThat(session.path("csrf_token").isString()).as("%s", reply).isTrue();
        assertThat(session.path("csrf_token").asString()).isNotBlank();
        assertThat(session.has("user")).isTrue();
        assertThat(session.get("user").isNull()).as("%s", reply).isTrue();
        assertThat(reply.headerValues("Set-Cookie")).as("the CSRF cookie").isNotEmpty();
    }

    @Test
    void the_session_describes_the_signed_in_user(Wire wire) {
        JsonNode user = wire.staff().session().json().path("user");

        assertThat(Envelopes.names(user)).containsExactlyInAnyOrder("id", "username", "staff", "superuser", "roles");
        assertThat(user.path("id").isString()).as("id of %s", user).isTrue();
        assertThat(user.path("username").asString())
                .isEqualTo(wire.target().staff().username());
        assertThat(user.path("staff").asBoolean()).isTrue();
        assertThat(user.path("superuser").isBoolean()).isTrue();
        assertThat(user.path("superuser").asBoolean()).isFalse();
        assertThat(user.path("roles").isArray()).isTrue();
        assertThat(user.path("roles").valueStream().map(JsonNode::asString)).contains("auditor");
    }

    @Test
    void a_mutation_without_the_token_is_refused_as_csrf(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Csrf");

        Reply reply = agent.postWithout(createTask(projectId), Map.of());

        JsonNode error = Envelopes.error(reply, "FORBIDDEN");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("csrf");
        assertThat(reply.header("X-Mizan-Invalidate")).isNull();
    }

    @Test
    void a_mutation_with_a_wrong_token_is_refused_as_csrf(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Csrf wrong");

        Reply reply = agent.postWithout(createTask(projectId), Map.of("X-CSRF-Token", "not-the-token"));

        JsonNode error = Envelopes.error(reply, "FORBIDDEN");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("csrf");
    }

    @Test
    void a_token_is_valid_only_for_its_own_session(Wire wire) {
        Agent owner = wire.anonymous();
        long projectId = Projects.create(owner, "Csrf foreign");
        String token = owner.csrfToken();
        Agent stranger = wire.anonymous();
        stranger.session();

        Reply reply = stranger.postWithout(createTask(projectId), Map.of("X-CSRF-Token", token));

        JsonNode error = Envelopes.error(reply, "FORBIDDEN");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("csrf");
    }

    @Test
    void a_signed_in_mutation_also_needs_the_token(Wire wire) {
        Agent agent = wire.user();
        long projectId = Projects.create(agent, "Csrf signed in");

        JsonNode error = Envelopes.error(agent.postWithout(createTask(projectId), Map.of()), "FORBIDDEN");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("csrf");
    }

    @Test
    void a_mutation_with_the_session_token_runs(Wire wire) {
        Agent agent = wire.anonymous();
        long projectId = Projects.create(agent, "Csrf ok");

        Reply reply = agent.postWithout(createTask(projectId), Map.of("X-CSRF-Token", agent.csrfToken()));

        assertThat(Envelopes.result(reply).path("title").asString()).isEqualTo("x");
    }

    @Test
    void a_foreign_or_null_origin_is_refused_even_with_the_token(Wire wire) {
        for (Map<String, String> headers : List.of(
                Map.of("Origin", "https://evil.example"),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            Agent agent = wire.user();
            Reply reply = agent.post("{\"function\": \"ping\", \"args\": {}}", headers);
            JsonNode error = Envelopes.error(reply, "FORBIDDEN");
            assertThat(error.path("details").path("reason").asString(""))
                    .as("%s", headers)
                    .isEqualTo("origin");
        }
        Agent agent = wire.user();
        Reply same = agent.post(
                "{\"function\": \"ping\", \"args\": {}}",
                Map.of(
                        "Origin",
                        wire.base().getScheme() + "://" + wire.base().getAuthority(),
                        "Sec-Fetch-Site",
                        "same-origin"));
        assertThat(same.status()).as("%s", same).isEqualTo(200);
    }

    @Test
    void a_planted_cookie_is_not_a_token(Wire wire) {
        Agent agent = wire.anonymous();
        String planted = "A".repeat(43);
        Reply reply = agent.postWithout(
                "{\"function\": \"ping\", \"args\": {}}",
                Map.of("X-CSRF-Token", planted, "Cookie", "MIZAN-CSRF=" + planted));
        JsonNode error = Envelopes.error(reply, "FORBIDDEN");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("csrf");
    }

    @Test
    void a_simple_request_body_type_is_refused(Wire wire) {
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
            Agent agent = wire.user();
            Reply reply = agent.post("{\"function\": \"ping\", \"args\": {}}", Map.of("Content-Type", type));
            JsonNode error = Envelopes.error(reply, "BAD_REQUEST");
            assertThat(error.path("details").path("reason").asString(""))
                    .as(type)
                    .isEqualTo("content_type");
        }
        // Multipart is the body of a function that takes uploads only: a well-formed form naming
        // any other function is refused the same way.
        String form = "--x\r\nContent-Disposition: form-data; name=\"function\"\r\n\r\nping\r\n"
                + "--x\r\nContent-Disposition: form-data; name=\"args\"\r\n\r\n{}\r\n--x--\r\n";
        Reply multipart = wire.user().post(form, Map.of("Content-Type", "multipart/form-data; boundary=x"));
        JsonNode error = Envelopes.error(multipart, "BAD_REQUEST");
        assertThat(error.path("details").path("reason").asString("")).isEqualTo("content_type");
    }
}
