package dev.mizan.spring;

import dev.mizan.core.registry.Problem;
import dev.mizan.core.registry.RegistryException;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns misdeclared {@code @Client} methods into Spring Boot's short startup failure report: the
 * problems first and once, one line per method, instead of a stack trace after the classpath.
 */
public final class RegistryFailureAnalyzer extends AbstractFailureAnalyzer<RegistryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RegistryException cause) {
        int count = cause.problems().size();
        String lines =
                cause.problems().stream().map(Problem::toString).collect(Collectors.joining("\n    ", "    ", ""));
        return new FailureAnalysis(
                "Mizan found " + count + (count == 1 ? " problem" : " problems") + " in the @Client declarations:\n"
                        + lines,
                "Fix each declaration named above (Class#method: problem); the rules are in the Mizan"
                        + " protocol documentation, section Startup validation.",
                cause);
    }
}
