package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.TestApp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No {@code mizan.default-auth}, and Spring Security configured with
 * {@code anyRequest().authenticated()}: functions and contexts that declare no auth need a
 * signed-in user, for every kind of user, while declared levels keep their meaning.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DefaultAuthFollowsSecurityTest {

    /** Every kind of caller of the test app: nobody, a user, staff, a superuser, a role holder. */
    static final List<String> USERS = List.of("ann", "sam", "sue", "oli");

    @Value("${local.server.port}")
    int port;

    @Test
    void an_anonymous_caller_reads_no_undeclared_function_or_context() {
        Browser anonymous = new Browser(port);
        Browser.Answer call = anonymous.call("ping", "{}");
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.code()).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.context("global", Map.of()).status()).isEqualTo(401);
        assertThat(anonymous.context("vault", Map.of()).status()).isEqualTo(401);
    }

    @Test
    void every_signed_in_user_reads_undeclared_functions_and_contexts() {
        for (String user : USERS) {
            Browser browser = new Browser(port).login(user);
            assertThat(browser.call("ping", "{}").result().asString()).as(user).isEqualTo("pong");
            assertThat(browser.context("global", Map.of()).status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void declared_levels_keep_their_meaning_for_every_caller() {
        assertThat(new Browser(port).call("health", "{}").result().asString()).isEqualTo("up");
        assertThat(new Browser(port).call("staff_report", "{}").status()).isEqualTo(401);
        Map<String, Integer> staffReport = Map.of("ann", 404, "sam", 200, "sue", 200, "oli", 404);
        for (String user : USERS) {
            Browser browser = new Browser(port).login(user);
            assertThat(browser.call("health", "{}").status()).as(user).isEqualTo(200);
            assertThat(browser.call("staff_report", "{}").status()).as(user).isEqualTo(staffReport.get(user));
        }
    }

    @Test
    void startup_says_what_undeclared_auth_means_and_why_in_one_line(CapturedOutput output) {
        List<String> lines =
                output.getAll().lines().filter(l -> l.contains("Mizan serves")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst())
                .containsPattern("Mizan serves \\d+ functions in \\d+ contexts; auth: \\d+ public, \\d+ required, ")
                .endsWith("undeclared auth is required (Spring Security is configured;"
                        + " mizan.default-auth=public overrides)");
    }
}
