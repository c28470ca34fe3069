package dev.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.cli.fixture.GreetingApi;
import dev.mizan.ir.IrReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = MizanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    static String classes() throws Exception {
        return Path.of(GreetingApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
    }

    @Test
    void writes_the_ir_to_standard_output() throws Exception {
        int status = run("export", "--classpath", classes(), "--package", "dev.mizan.cli.fixture");
        assertThat(status).as(err.toString()).isZero();
        assertThat(IrReader.read(out.toString()).function("greeting").output().render())
                .isEqualTo("GreetingApiGreeting");
    }

    @Test
    void writes_a_file_only_when_its_bytes_change(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ir/mizan.kdl");
        String[] args = {"export", "-cp", classes(), "-p", "dev.mizan.cli.fixture", "--out", file.toString()};
        assertThat(run(args)).isZero();
        assertThat(err.toString()).startsWith("wrote " + file + " (2 functions, 1 types)");
        long modified = Files.getLastModifiedTime(file).toMillis();
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(modified - 10_000));
        assertThat(run(args)).isZero();
        assertThat(err.toString()).contains("unchanged " + file);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified - 10_000);
    }

    @Test
    void applies_the_default_auth_option() throws Exception {
        assertThat(run("export", "-cp", classes(), "-p", "dev.mizan.cli.fixture", "--default-auth", "required"))
                .isZero();
        assertThat(out.toString()).contains("auth required");
    }

    @Test
    void fails_with_status_1_and_a_message_without_stack_trace_on_an_invalid_registry() throws Exception {
        assertThat(run("export", "-cp", classes(), "-p", "dev.mizan.cli.broken"))
                .isEqualTo(1);
        assertThat(err.toString())
                .startsWith("error: ")
                .contains("BrokenApi#touch")
                .contains("nowhere");
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void rejects_a_missing_classpath_with_status_2() {
        assertThat(run("export")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--classpath=PATHS'");
    }

    @Test
    void prints_usage_without_a_subcommand() {
        assertThat(run()).isZero();
        assertThat(err.toString()).contains("Usage: mizan").contains("export");
    }
}
