package dev.mizan.ir.build;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.mizan.core.Client;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import tools.jackson.databind.JsonNode;

/** Compiles Java sources into a directory, the way a separate application build would. */
final class TestCompiler {

    private TestCompiler() {}

    /** Compiles {@code sources} (path → text) into {@code dir/classes}, with extra classpath entries. */
    static Path compile(Path dir, Map<String, String> sources, List<Path> classpath) throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Files.createDirectories(out);
        List<String> files = new ArrayList<>();
        for (var e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file.toString());
        }
        List<String> cp = new ArrayList<>();
        for (Class<?> c : List.of(
                Client.class,
                JsonProperty.class,
                NullMarked.class,
                JsonNode.class,
                jakarta.validation.constraints.NotBlank.class)) {
            cp.add(Path.of(location(c)).toString());
        }
        classpath.forEach(p -> cp.add(p.toString()));
        List<String> args = new ArrayList<>(
                List.of("-d", out.toString(), "-parameters", "-proc:full", "-cp", String.join(File.pathSeparator, cp)));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        int rc = javac.run(null, null, null, args.toArray(String[]::new));
        assertThat(rc).as("javac " + errors).isZero();
        return out;
    }

    static java.net.URI location(Class<?> c) {
        try {
            return c.getProtectionDomain().getCodeSource().getLocation().toURI();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
