package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodegenConfigTest {

    @TempDir
    Path dir;

    private Path config(String json) throws IOException {
        Path file = dir.resolve("frontend").resolve(CodegenConfig.FILE_NAME);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
        return file;
    }

    @Test
    void resolves_paths_against_the_config_file_directory() throws IOException {
        CodegenConfig config = CodegenConfig.load(config("""
                {"ir": "../backend/target/mizan/mizan.kdl", "out": "src/mizan", "target": "react",
                 "watch": ["../backend/target/classes"]}
                """));

        Path frontend = dir.resolve("frontend");
        assertThat(config.ir()).isEqualTo(dir.resolve("backend/target/mizan/mizan.kdl"));
        assertThat(config.out()).isEqualTo(frontend.resolve("src/mizan"));
        assertThat(config.target()).isEqualTo(Target.REACT);
        assertThat(config.watch()).containsExactly(dir.resolve("backend/target/classes"));
        assertThat(config.baseDir()).isEqualTo(frontend);
    }

    @Test
    void every_key_is_optional() throws IOException {
        CodegenConfig config = CodegenConfig.load(config("{\"irCommand\": \"mizan export\"}"));
        assertThat(config.irCommand()).isEqualTo("mizan export");
        assertThat(config.ir()).isNull();
        assertThat(config.target()).isNull();
        assertThat(config.watch()).isEmpty();
        assertThat(config.nullness()).isNull();
    }

    @Test
    void reads_the_java_package() throws IOException {
        CodegenConfig config =
                CodegenConfig.load(config("{\"target\": \"java\", \"javaPackage\": \"com.example.api\"}"));
        assertThat(config.target()).isEqualTo(Target.JAVA);
        assertThat(config.javaPackage()).isEqualTo("com.example.api");
    }

    @Test
    void reads_the_project_wide_nullness() throws IOException {
        CodegenConfig config = CodegenConfig.load(config("{\"nullness\": \"nullable\"}"));
        assertThat(config.nullness()).isEqualTo(dev.mizan.core.types.DefaultNullness.NULLABLE);
    }

    @Test
    void reports_unknown_keys_wrong_types_and_unknown_targets_together() throws IOException {
        Path file = config("{\"output\": \"x\", \"out\": 3, \"target\": \"angular\", \"nullness\": \"maybe\"}");

        assertThatThrownBy(() -> CodegenConfig.load(file))
                .isInstanceOfSatisfying(
                        CodegenException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        file
                                                + ": unknown key \"output\" (known: ir, irCommand, out, target, watch, nullness, javaPackage)",
                                        file + ": unknown nullness 'maybe' (expected non-null or nullable)",
                                        file + ": \"out\" must be a string",
                                        file + ": unknown target \"angular\" (known: base, react, vue, svelte, java)"));
    }

    @Test
    void reports_a_file_that_is_not_json() throws IOException {
        Path file = config("{ir: ");
        assertThatThrownBy(() -> CodegenConfig.load(file)).hasMessageStartingWith(file + ": not valid JSON");
    }
}
