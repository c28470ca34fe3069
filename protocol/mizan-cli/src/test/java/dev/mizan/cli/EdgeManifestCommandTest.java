package dev.mizan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EdgeManifestCommandTest {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cli = MizanCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writes_the_manifest_of_an_exported_ir(@TempDir Path dir) throws Exception {
        Path ir = dir.resolve("mizan.kdl");
        assertThat(run(
                        "export",
                        "-cp",
                        ExportCommandTest.classes(),
                        "-p",
                        "dev.mizan.cli.fixture",
                        "--out",
                        ir.toString()))
                .isZero();
        Path file = dir.resolve("edge/manifest.json");
        int status = run("edge-manifest", "--ir", ir.toString(), "--base-path", "/rpc", "--out", file.toString());
        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).contains("wrote " + file + " (0 edge-cacheable contexts)");
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(manifest.get("version").asInt()).isEqualTo(1);
        assertThat(manifest.get("base_path").asString()).isEqualTo("/rpc");
        assertThat(manifest.get("without_mwt").asString()).isEqualTo("anon");
        assertThat(manifest.get("contexts").size()).isZero();
        assertThat(manifest.get("not_cached").get("global").asString()).isEqualTo("member greeting is not @Cached");
    }

    @Test
    void refuses_an_unknown_mode_and_a_missing_file(@TempDir Path dir) throws Exception {
        Path ir = dir.resolve("mizan.kdl");
        assertThat(run(
                        "export",
                        "-cp",
                        ExportCommandTest.classes(),
                        "-p",
                        "dev.mizan.cli.fixture",
                        "--out",
                        ir.toString()))
                .isZero();
        assertThat(run("edge-manifest", "--ir", ir.toString(), "--without-mwt", "maybe"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("without_mwt must be anon or pass");
        assertThat(run("edge-manifest", "--ir", dir.resolve("none.kdl").toString()))
                .isEqualTo(1);
    }
}
