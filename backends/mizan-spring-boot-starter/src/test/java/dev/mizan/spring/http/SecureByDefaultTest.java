package dev.mizan.spring.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.spring.app.TestApp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** {@code mizan.default-auth=required}: functions that declare no auth need a signed-in user. */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"mizan.default-auth=required", "mizan.body-limit=2KB"})
class SecureByDefaultTest {

    @Value("${local.server.port}")
    int port;

    @Test
    void undeclared_functions_and_contexts_need_a_user() {
        assertThat(new Browser(port).call("ping", "{}").status()).isEqualTo(401);
        assertThat(new Browser(port).context("global", Map.of()).status()).isEqualTo(401);
        assertThat(new Browser(port).login("ann").call("ping", "{}").status()).isEqualTo(200);
    }

    @Test
    void functions_declared_public_stay_open() {
        assertThat(new Browser(port).call("health", "{}").result().asString()).isEqualTo("up");
    }

    @Test
    void the_body_limit_is_configurable() {
        Browser.Answer answer = new Browser(port).call("health", "{\"pad\": \"" + "z".repeat(3000) + "\"}");
        assertThat(answer.status()).isEqualTo(413);
    }
}
