package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Each auth level on {@code /call/} and {@code /ctx/}, with users from Spring Security's form login:
 * ann (user), sam (staff), sue (superuser), oli (role OPS). Guarded names are revealed here, so
 * refusals are the 401/403 of each level; {@link GuardedNamesTest} holds the default.
 */
@TestPropertySource(properties = "mizan.reveal-guarded-names=true")
class AuthLevelTest extends ServerTest {

    private static void assertStatus(Browser.Answer answer, int status) {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    }

    @Test
    void public_functions_answer_anyone() {
        assertThat(anonymous().call("ping", "{}").result().asString()).isEqualTo("pong");
        assertThat(as("ann").call("ping", "{}").result().asString()).isEqualTo("pong");
    }

    @Test
    void required_needs_a_signed_in_user_and_injects_handle_principal_and_request() {
        assertStatus(anonymous().call("whoami", "{}"), 401);
        assertThat(as("ann").call("whoami", "{}").result().toString()).isEqualTo("[\"ann\",\"ann\",\"POST\"]");
        assertStatus(anonymous().context("mine", Map.of()), 401);
        assertThat(as("ann").context("mine", Map.of()).json().get("my_name").asString())
                .isEqualTo("ann");
    }

    @Test
    void staff_needs_staff_or_superuser() {
        assertStatus(anonymous().call("staff_report", "{}"), 401);
        assertStatus(as("ann").call("staff_report", "{}"), 403);
        assertStatus(as("sam").call("staff_report", "{}"), 200);
        assertStatus(as("sue").call("staff_report", "{}"), 200);
        assertStatus(anonymous().context("staff_area", Map.of()), 401);
        assertStatus(as("ann").context("staff_area", Map.of()), 403);
        assertThat(as("sam")
                        .context("staff_area", Map.of())
                        .json()
                        .get("staff_notes")
                        .asString())
                .isEqualTo("notes");
    }

    @Test
    void superuser_needs_a_superuser() {
        assertStatus(anonymous().call("root_report", "{}"), 401);
        assertStatus(as("sam").call("root_report", "{}"), 403);
        assertStatus(as("sue").call("root_report", "{}"), 200);
        assertStatus(anonymous().context("root_area", Map.of()), 401);
        assertStatus(as("sam").context("root_area", Map.of()), 403);
        assertStatus(as("sue").context("root_area", Map.of()), 200);
    }

    @Test
    void roles_need_one_of_the_listed_roles() {
        assertStatus(anonymous().call("ops_report", "{}"), 401);
        assertStatus(as("ann").call("ops_report", "{}"), 403);
        assertStatus(as("oli").call("ops_report", "{}"), 200);
        assertStatus(anonymous().context("ops_area", Map.of()), 401);
        assertStatus(as("ann").context("ops_area", Map.of()), 403);
        assertThat(as("oli")
                        .context("ops_area", Map.of())
                        .json()
                        .get("ops_notes")
                        .asString())
                .isEqualTo("ops notes");
    }

    @Test
    void custom_predicates_refuse_with_401_when_anonymous_and_403_when_signed_in() {
        assertStatus(anonymous().call("with_pass", "{}"), 401);
        assertStatus(as("ann").call("with_pass", "{}"), 403);
        Browser ann = as("ann");
        ann.session();
        Browser.Answer passed =
                ann.post(HttpRequest.BodyPublishers.ofString("{\"function\": \"with_pass\"}"), Map.of("X-Pass", "yes"));
        assertThat(passed.result().asString()).isEqualTo("passed");
        assertStatus(anonymous().context("pass_area", Map.of()), 401);
        assertStatus(as("ann").context("pass_area", Map.of()), 403);
        Browser.Answer ctx = anonymous()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/mizan/ctx/pass_area/"))
                        .header("X-Pass", "yes"));
        assertThat(ctx.json().get("pass_notes").asString()).isEqualTo("pass notes");
    }

    @Test
    void spring_method_security_refusals_become_401_and_403() {
        assertStatus(anonymous().call("method_secured", "{}"), 401);
        Browser.Answer refused = as("ann").call("method_secured", "{}");
        assertStatus(refused, 403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(as("oli").call("method_secured", "{}").result().asString()).isEqualTo("method secured");
    }

    @Test
    void a_context_with_one_guarded_member_is_guarded_as_a_whole() {
        Browser.Answer anonymousVault = anonymous().context("vault", Map.of());
        assertStatus(anonymousVault, 401);
        assertThat(anonymousVault.text()).doesNotContain("door");
        assertStatus(as("ann").context("vault", Map.of()), 403);
        Browser.Answer staff = as("sam").context("vault", Map.of());
        assertThat(staff.json().propertyNames()).containsExactly("vault_door", "vault_gold");
    }

    @Test
    void session_reports_the_signed_in_user_or_null() {
        assertThat(anonymous().session().json().get("user").isNull()).isTrue();
        Browser.Answer sam = as("sam").session();
        assertThat(sam.json().get("user").toString())
                .isEqualTo(
                        "{\"id\":\"sam\",\"username\":\"sam\",\"staff\":true,\"superuser\":false,\"roles\":[\"STAFF\",\"USER\"]}");
        assertThat(as("sue").session().json().at("/user/staff").asBoolean()).isTrue();
    }

    @Test
    void pages_outside_the_mizan_path_stay_behind_the_applications_own_login() {
        Browser.Answer home = anonymous().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")));
        assertThat(home.status()).isEqualTo(302);
        assertThat(home.header("Location")).endsWith("/login");
    }
}
