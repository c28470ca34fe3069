package dev.mizan.spring.http;

import dev.mizan.spring.app.TestApp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Boots the test application on a free port; subclasses talk to it through {@link Browser}s.
 * Undeclared auth is public here (set explicitly: with Spring Security it would be required), so
 * the level tests see each declared level against an open baseline.
 */
@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mizan.default-auth=public")
abstract class ServerTest {

    @Value("${local.server.port}")
    int port;

    Browser anonymous() {
        return new Browser(port);
    }

    Browser as(String username) {
        return new Browser(port).login(username);
    }
}
