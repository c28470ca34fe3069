package dev.mizan.spring.http;

import dev.mizan.spring.app.TestApp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** Boots the test application on a free port; subclasses talk to it through {@link Browser}s. */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
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
