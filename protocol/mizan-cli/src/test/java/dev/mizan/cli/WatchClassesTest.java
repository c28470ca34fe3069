package dev.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.core.Client;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Watch mode on a class directory (the IDE path), with the real compiler emptying and refilling
 * it while the watcher runs: a half-built directory never replaces the client, nothing crashes,
 * and the finished build is generated.
 */
class WatchClassesTest {

    static final String PACKAGE = """
            @org.jspecify.annotations.NullMarked
            package com.example.w;
            """;

    static final String ITEM = """
            package com.example.w;

            public record Item(long id, String name) {}
            """;

    static final String API_V1 = """
            package com.example.w;

            import dev.mizan.core.Client;
            import java.util.List;

            public class Api {
                @Client(context = "shelf")
                public List<Item> listItems(long shelfId) { return List.of(); }
            }
            """;

    static final String API_V2 = """
            package com.example.w;

            import dev.mizan.core.Client;
            import java.util.List;

            public class Api {
                @Client(context = "shelf")
                public List<Item> listItems(long shelfId) { return List.of(); }

                @Client(affects = "shelf")
                public Item addItem(long shelfId, String name) { return new Item(1, name); }
            }
            """;

    @TempDir
    Path dir;

    final StringWriter err = new StringWriter();

    @Test
    void survives_a_rebuild_of_the_class_directory_and_never_writes_a_half_built_client() throws Exception {
        Path classes = dir.resolve("classes");
        Path out = dir.resolve("out");
        compile(API_V1, classes);
        Thread watcher = Thread.ofVirtual().start(() -> {
            CommandLine cli = MizanCli.commandLine();
            cli.setOut(new PrintWriter(new StringWriter(), true));
            cli.setErr(new PrintWriter(err, true));
            cli.execute(
                    "generate",
                    "--classpath",
                    classes.toString(),
                    "--package",
                    "com.example.w",
                    "--out",
                    out.toString(),
                    "--watch",
                    "--poll-interval",
                    "50");
        });
        try {
            Path functions = out.resolve("functions.ts");
            await(
                    () -> Files.exists(functions) && Files.readString(functions).contains("callListItems"),
                    "first client");
            String generated = Files.readString(functions);

            // The build starts: the class directory is emptied.
            deleteTree(classes);
            await(() -> err.toString().contains("found no @Client methods"), "the empty directory refused");
            assertThat(Files.readString(functions)).isEqualTo(generated);

            // Mid-build: the API class is there, the record it returns is not yet.
            Path staged = dir.resolve("staged");
            compile(API_V2, staged);
            Files.createDirectories(classes.resolve("com/example/w"));
            Files.copy(staged.resolve("com/example/w/Api.class"), classes.resolve("com/example/w/Api.class"));
            await(
                    () -> err.toString().contains("incomplete, a build in progress?")
                            || err.toString().contains("watching goes on"),
                    "the half-built directory refused");
            assertThat(Files.readString(functions)).isEqualTo(generated);
            assertThat(watcher.isAlive()).isTrue();

            // The compiler finishes: the real javac writes the whole directory.
            compile(API_V2, classes);
            await(() -> Files.readString(functions).contains("callAddItem"), "the rebuilt client");
            assertThat(Files.readString(functions)).contains("callListItems");
            assertThat(watcher.isAlive()).isTrue();
        } finally {
            watcher.interrupt();
            watcher.join(TimeUnit.SECONDS.toMillis(5));
        }
    }

    interface Check {
        boolean holds() throws IOException;
    }

    private void await(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("no " + what + " within 20 s; watcher said:\n" + err);
    }

    /** Compiles the fixture package with the system compiler into {@code out}. */
    private void compile(String api, Path out) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src-" + out.getFileName() + "/com/example/w"));
        Map<String, String> sources = Map.of("package-info.java", PACKAGE, "Item.java", ITEM, "Api.java", api);
        List<String> args = new ArrayList<>(List.of(
                "-d",
                out.toString(),
                "-parameters",
                "-proc:none",
                "-cp",
                location(Client.class) + java.io.File.pathSeparator + location(NullMarked.class)));
        for (var e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, args.toArray(String[]::new))).isZero();
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
