package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.TestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * With the base path left to the application's own filter rules, Spring Security's refusals on it
 * still come out as Mizan envelopes: 401 for anonymous callers, 403 for the wrong user.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mizan.security.permit-base-path=false", "mizan.default-auth=public"})
class SpringSecurityRefusalTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void an_anonymous_caller_refused_by_the_filter_chain_gets_a_401_envelope() {
        Browser.Answer answer = new Browser(port).context("global", Map.of());
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("UNAUTHORIZED");
        assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void a_signed_in_caller_refused_by_the_filter_chain_gets_a_403_envelope() {
        Browser.Answer answer = new Browser(port).login("ann").context("admin_area", Map.of());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
    }

    @Test
    void the_application_login_still_answers_outside_the_mizan_path() {
        Browser.Answer page = new Browser(port).get("/");
        assertThat(page.status()).isEqualTo(302);
        assertThat(new Browser(port).login("ann").context("global", Map.of()).status())
                .isEqualTo(200);
    }
}
