package dev.mizan.spring.container;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The starter's container defaults, below every property source of the application (which can
 * override each): requests on virtual threads, so a slow client holds a cheap virtual thread
 * rather than one of a fixed pool of platform threads; and a 10 s connection (read) timeout.
 */
public final class ServerDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS =
            Map.of("spring.threads.virtual.enabled", "true", "server.tomcat.connection-timeout", "10s");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("mizanServerDefaults", DEFAULTS));
    }
}
