package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrSourceTest {

    @TempDir
    Path dir;

    @Test
    void reads_an_ir_file() {
        assertThat(new IrSource.IrFile(Fixtures.APP).load().functions()).hasSize(14);
    }

    @Test
    void reports_bad_kdl_with_the_file_line_and_column() throws IOException {
        Path ir = dir.resolve("bad.kdl");
        Files.writeString(ir, "mizan-ir version=1\nfunction ping {\n    output type=string\n");

        assertThatThrownBy(() -> new IrSource.IrFile(ir).load())
                .isInstanceOf(CodegenException.class)
                .hasMessageStartingWith(ir + ": ")
                .hasMessageMatching("(?s).*line \\d+, column \\d+.*");
    }

    @Test
    void reports_an_unknown_type_reference_with_line_and_column() throws IOException {
        Path ir = dir.resolve("unknown.kdl");
        Files.writeString(ir, """
                mizan-ir version=1
                function ping {
                    output type="list<Missing>"
                    auth public
                    rev 1
                    errors BAD_REQUEST
                }
                """);

        assertThatThrownBy(() -> new IrSource.IrFile(ir).load())
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("Missing")
                .hasMessageContaining("line 3, column");
    }

    @Test
    void names_a_missing_ir_file() {
        Path missing = dir.resolve("nope.kdl");
        assertThatThrownBy(() -> new IrSource.IrFile(missing).load())
                .hasMessage("IR file " + missing + " does not exist");
    }

    @Test
    void reads_the_ir_from_a_command_output() {
        IrSource source = new IrSource.IrCommand("cat " + Fixtures.APP.toAbsolutePath(), dir);
        assertThat(source.load().contexts()).hasSize(3);
    }

    @Test
    void reports_a_failing_command_with_its_exit_code() {
        assertThatThrownBy(() -> new IrSource.IrCommand("exit 3", dir).load())
                .hasMessage("IR command failed with exit code 3: exit 3");
    }
}
