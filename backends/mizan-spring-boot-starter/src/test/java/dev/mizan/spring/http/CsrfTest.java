package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code POST /call/} needs the token from {@code /session/} in X-CSRF-Token, matching its cookie. */
class CsrfTest extends ServerTest {

    @Test
    void accepts_the_token_issued_by_session() {
        Browser browser = anonymous();
        String token = browser.session().json().get("csrf_token").asString();
        Browser.Answer answer = browser.postRaw("{\"function\": \"ping\"}", Map.of("X-CSRF-Token", token));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.result().asString()).isEqualTo("pong");
    }

    @Test
    void accepts_it_for_a_form_login_session_too() {
        Browser ann = as("ann");
        assertThat(ann.call("whoami", "{}").status()).isEqualTo(200);
    }

    @Test
    void refuses_a_call_without_a_token() {
        Browser browser = anonymous();
        browser.session();
        assertRefused(browser.postRaw("{\"function\": \"ping\"}", Map.of()));
    }

    @Test
    void refuses_a_wrong_token_or_one_issued_to_another_browser() {
        Browser browser = anonymous();
        browser.session();
        assertRefused(browser.postRaw("{\"function\": \"ping\"}", Map.of("X-CSRF-Token", "x".repeat(43))));
        String othersToken = anonymous().session().json().get("csrf_token").asString();
        assertRefused(browser.postRaw("{\"function\": \"ping\"}", Map.of("X-CSRF-Token", othersToken)));
        assertRefused(anonymous().postRaw("{\"function\": \"ping\"}", Map.of("X-CSRF-Token", othersToken)));
    }

    @Test
    void session_sets_an_http_only_cookie_and_keeps_the_token_stable() {
        Browser browser = anonymous();
        Browser.Answer first = browser.session();
        assertThat(first.header("Set-Cookie")).contains("MIZAN-CSRF=", "HttpOnly", "SameSite=Lax", "Path=/api/mizan");
        assertThat(first.header("Cache-Control")).isEqualTo("no-store");
        String again = browser.session().json().get("csrf_token").asString();
        assertThat(again).isEqualTo(first.json().get("csrf_token").asString());
    }

    private static void assertRefused(Browser.Answer answer) {
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("FORBIDDEN");
        assertThat(answer.json().at("/error/details/reason").asString()).isEqualTo("csrf");
    }
}
