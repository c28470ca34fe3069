package dev.mizan.conformance.suite;

import dev.mizan.conformance.fixture.FixtureApplication;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives probes the {@link Wire} of the server under test: the server at {@code -Dmizan.conformance.url}
 * when given, otherwise the Spring fixture, started once per test run on a free loopback port and
 * stopped when the run ends.
 */
final class ConformanceServer implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Wire.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(Running.class, key -> Running.start(), Running.class)
                .wire();
    }

    /** The server for this test run; closing it stops the fixture if this run started it. */
    record Running(Wire wire, @Nullable ConfigurableApplicationContext fixture) implements AutoCloseable {

        static Running start() {
            Target external = Target.external();
            if (external != null) {
                return new Running(new Wire(external, () -> FixtureIr.fromFile(external.ir())), null);
            }
            ConfigurableApplicationContext fixture = new SpringApplication(FixtureApplication.class)
                    .run("--server.port=0", "--server.address=127.0.0.1");
            String port = fixture.getEnvironment().getRequiredProperty("local.server.port");
            String basePath = fixture.getEnvironment().getProperty("mizan.base-path", "/api/mizan");
            URI base = URI.create("http://127.0.0.1:" + port + basePath);
            return new Running(new Wire(Target.at(base, null), FixtureIr::export), fixture);
        }

        @Override
        public void close() {
            if (fixture != null) {
                fixture.close();
            }
        }
    }
}
