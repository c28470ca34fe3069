package dev.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    static final Path IR = Path.of("src/test/resources/app.kdl").toAbsolutePath();

    final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    int run(String... args) {
        CommandLine cli = MizanCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void generates_the_react_client_from_an_ir_file() {
        Path out = dir.resolve("src/mizan");

        assertThat(run("generate", "--ir", IR.toString(), "--out", out.toString()))
                .as(err.toString())
                .isZero();

        assertThat(out.resolve("react.ts")).exists();
        assertThat(out.resolve("index.ts")).content().contains("export * from './react'");
        assertThat(err.toString()).contains("generated react client in " + out + ": 6 written");
    }

    @Test
    void reads_mizan_json_relative_to_itself_and_lets_flags_override_it() throws Exception {
        Path frontend = Files.createDirectories(dir.resolve("frontend"));
        Files.copy(IR, dir.resolve("mizan.kdl"));
        Path config = frontend.resolve("mizan.json");
        Files.writeString(config, "{\"ir\": \"../mizan.kdl\", \"out\": \"src/mizan\", \"target\": \"react\"}");

        assertThat(run("generate", "--config", config.toString(), "--target", "base"))
                .as(err.toString())
                .isZero();

        assertThat(frontend.resolve("src/mizan/functions.ts")).exists();
        assertThat(frontend.resolve("src/mizan/react.ts")).doesNotExist();
    }

    @Test
    void exports_compiled_classes_in_process_and_generates_from_them() throws Exception {
        Path out = dir.resolve("out");

        int status = run(
                "generate",
                "--classpath",
                ExportCommandTest.classes(),
                "--package",
                "dev.mizan.cli.fixture",
                "--out",
                out.toString());

        assertThat(status).as(err.toString()).isZero();
        assertThat(out.resolve("react.ts")).content().contains("export function useGreeting()");
        assertThat(out.resolve("functions.ts")).content().contains("export function callGreet(");
    }

    @Test
    void reads_the_ir_from_a_command() {
        Path out = dir.resolve("out");
        assertThat(run("generate", "--ir-command", "cat '" + IR + "'", "--out", out.toString()))
                .as(err.toString())
                .isZero();
        assertThat(out.resolve("types.ts")).exists();
    }

    @Test
    void a_bad_ir_fails_with_line_and_column_and_keeps_the_previous_output() throws Exception {
        Path out = dir.resolve("out");
        assertThat(run("generate", "--ir", IR.toString(), "--out", out.toString()))
                .isZero();
        String before = Files.readString(out.resolve("types.ts"));
        Path bad = dir.resolve("bad.kdl");
        Files.writeString(bad, "mizan-ir version=1\nfunction f {\n    output type=\"list<Nope>\"\n}\n");

        assertThat(run("generate", "--ir", bad.toString(), "--out", out.toString()))
                .isEqualTo(1);

        assertThat(err.toString())
                .contains("error: " + bad + ": ")
                .contains("line 3, column")
                .contains("left as it was");
        assertThat(Files.readString(out.resolve("types.ts"))).isEqualTo(before);
    }

    @Test
    void usage_errors_exit_with_2_and_say_what_is_missing() {
        assertThat(run("generate")).isEqualTo(2);
        assertThat(err.toString()).contains("error: no IR given").contains("error: no output directory given");

        assertThat(run("generate", "--ir", IR.toString(), "--ir-command", "cat x", "--out", "o", "--target", "angular"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("give only one of --ir, --ir-command and --classpath")
                .contains("unknown target 'angular'");
    }

    @Test
    void watch_mode_regenerates_after_the_ir_changes() throws Exception {
        Path ir = dir.resolve("mizan.kdl");
        Path out = dir.resolve("out");
        Files.copy(IR, ir);
        Thread watcher = Thread.ofVirtual()
                .start(() -> run(
                        "generate",
                        "--ir",
                        ir.toString(),
                        "--out",
                        out.toString(),
                        "--watch",
                        "--poll-interval",
                        "50"));
        try {
            awaitFile(out.resolve("functions.ts"), "callPing");
            Files.writeString(ir, Files.readString(ir).replace("function ping {", "function pong {"));
            awaitFile(out.resolve("functions.ts"), "callPong");
        } finally {
            watcher.interrupt();
            watcher.join(TimeUnit.SECONDS.toMillis(5));
        }
        assertThat(err.toString()).contains("watching [" + ir + "]");
    }

    private static void awaitFile(Path file, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file) && Files.readString(file).contains(text)) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(file + " did not come to contain " + text + " within 2 s");
    }

    @Test
    void check_fails_when_the_output_is_not_up_to_date_and_writes_nothing() throws Exception {
        Path out = dir.resolve("out");
        assertThat(run("generate", "--ir", IR.toString(), "--out", out.toString(), "--check"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("not up to date").contains("missing: types.ts");
        assertThat(out).doesNotExist();

        assertThat(run("generate", "--ir", IR.toString(), "--out", out.toString()))
                .isZero();
        assertThat(run("generate", "--ir", IR.toString(), "--out", out.toString(), "--check"))
                .isZero();
        assertThat(err.toString()).contains("is up to date");
    }
}
