package dev.mizan.conformance.suite;

import dev.mizan.conformance.fixture.spring.FixtureApplication;
import dev.mizan.conformance.fixture.vertx.VertxFixture;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gives probes the {@link Wire} of the server under test: the server at {@code -Dmizan.conformance.url}
 * when given, otherwise the fixture of the adapter named by {@code -Dmizan.conformance.adapter}
 * ({@code spring}, the default, or {@code vertx}), started once per test run on a free loopback port
 * and stopped when the run ends.
 */
final class ConformanceServer implements ParameterResolver {

    /** The system property naming the adapter whose fixture runs when no URL is given. */
    static final String ADAPTER = "mizan.conformance.adapter";

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
    record Running(Wire wire, @Nullable AutoCloseable fixture) implements AutoCloseable {

        static Running start() {
            Target external = Target.external();
            if (external != null) {
                return new Running(new Wire(external, () -> FixtureIr.fromFile(external.ir())), null);
            }
            String adapter = System.getProperty(ADAPTER, "spring").strip();
            if (adapter.equals("vertx")) {
                VertxFixture fixture = VertxFixture.start("127.0.0.1", 0);
                URI base = URI.create("http://127.0.0.1:" + fixture.port() + VertxFixture.BASE_PATH);
                Target target = Target.at(base, Target.irFile());
                return new Running(new Wire(target, () -> FixtureIr.fromFile(target.ir())), fixture);
            }
            if (!adapter.equals("spring")) {
                throw new IllegalStateException("-D" + ADAPTER + " must be spring or vertx, not " + adapter);
            }
            ConfigurableApplicationContext fixture = new SpringApplication(FixtureApplication.class)
                    .run("--server.port=0", "--server.address=127.0.0.1");
            String port = fixture.getEnvironment().getRequiredProperty("local.server.port");
            String basePath = fixture.getEnvironment().getProperty("mizan.base-path", "/api/mizan");
            URI base = URI.create("http://127.0.0.1:" + port + basePath);
            return new Running(new Wire(Target.at(base, null), FixtureIr::export), fixture);
        }

        @Override
        public void close() throws Exception {
            if (fixture != null) {
                fixture.close();
            }
        }
    }
}
