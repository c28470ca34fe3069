package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.TypeExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @TempDir
    Path out;

    private static GeneratedFile generated(String path, String body) {
        return new GeneratedFile(path, GeneratedFile.HEADER + "\n" + body + "\n");
    }

    @Test
    void writes_the_files_and_a_manifest_listing_them() throws IOException {
        WriteResult result = OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("b.ts", "b")));

        assertThat(result.written()).containsExactly("a.ts", "b.ts");
        assertThat(Files.readString(out.resolve("a.ts"))).endsWith("a\n");
        assertThat(Files.readAllLines(out.resolve(OutputWriter.MANIFEST))).contains("a.ts", "b.ts");
        assertThat(out.resolve(".mizan-staging")).doesNotExist();
    }

    @Test
    void leaves_unchanged_files_untouched_so_dev_servers_do_not_reload() throws IOException {
        OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("b.ts", "b")));
        FileTime old = FileTime.fromMillis(1_000_000);
        Files.setLastModifiedTime(out.resolve("a.ts"), old);

        WriteResult result = OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("b.ts", "b2")));

        assertThat(result.unchanged()).containsExactly("a.ts");
        assertThat(result.written()).containsExactly("b.ts");
        assertThat(Files.getLastModifiedTime(out.resolve("a.ts"))).isEqualTo(old);
    }

    @Test
    void removes_stale_generated_files_and_keeps_everything_else() throws IOException {
        OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("old.ts", "old")));
        Files.writeString(out.resolve("mine.ts"), "export const mine = 1\n");

        WriteResult result = OutputWriter.write(out, List.of(generated("a.ts", "a")));

        assertThat(result.removed()).containsExactly("old.ts");
        assertThat(out.resolve("old.ts")).doesNotExist();
        assertThat(out.resolve("mine.ts")).exists();
        assertThat(Files.readAllLines(out.resolve(OutputWriter.MANIFEST))).doesNotContain("old.ts");
    }

    @Test
    void keeps_a_listed_file_whose_header_the_user_removed() throws IOException {
        OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("kept.ts", "k")));
        Files.writeString(out.resolve("kept.ts"), "// now my own file\n");

        WriteResult result = OutputWriter.write(out, List.of(generated("a.ts", "a")));

        assertThat(result.removed()).isEmpty();
        assertThat(out.resolve("kept.ts")).hasContent("// now my own file");
    }

    @Test
    void refuses_to_overwrite_a_file_it_did_not_write_and_changes_nothing() throws IOException {
        Files.writeString(out.resolve("b.ts"), "hand written\n");

        assertThatThrownBy(() -> OutputWriter.write(out, List.of(generated("a.ts", "a"), generated("b.ts", "b"))))
                .isInstanceOf(CodegenException.class)
                .hasMessageContaining("refusing to overwrite")
                .hasMessageContaining("b.ts");
        assertThat(out.resolve("a.ts")).doesNotExist();
        assertThat(out.resolve("b.ts")).hasContent("hand written");
    }

    @Test
    void a_failed_generation_leaves_the_previous_output_as_it_was() throws IOException {
        Codegen.generate(Fixtures.app(), Target.REACT, out);
        String before = Files.readString(out.resolve("types.ts"));
        IrDocument broken = new IrDocument(
                1, List.of(RenderingTest.function("f", List.of(), TypeExpr.named("Nowhere"))), List.of(), List.of());

        assertThatThrownBy(() -> Codegen.generate(broken, Target.REACT, out)).isInstanceOf(CodegenException.class);
        assertThat(Files.readString(out.resolve("types.ts"))).isEqualTo(before);
        assertThat(out.resolve("react.ts")).exists();
    }

    @Test
    void switching_to_the_base_target_removes_the_react_module() {
        Codegen.generate(Fixtures.app(), Target.REACT, out);
        WriteResult result = Codegen.generate(Fixtures.app(), Target.BASE, out);

        assertThat(result.removed()).containsExactly("react.ts");
        assertThat(result.written()).containsExactly("index.ts");
        assertThat(out.resolve("react.ts")).doesNotExist();
    }

    @Test
    void check_reports_missing_out_of_date_and_stale_files_without_writing() throws IOException {
        assertThat(Codegen.check(Fixtures.app(), Target.REACT, out)).contains("missing: react.ts");
        Codegen.generate(Fixtures.app(), Target.REACT, out);
        assertThat(Codegen.check(Fixtures.app(), Target.REACT, out)).isEmpty();

        Files.writeString(out.resolve("types.ts"), GeneratedFile.HEADER + "\nedited\n");
        assertThat(Codegen.check(Fixtures.app(), Target.BASE, out))
                .containsExactlyInAnyOrder("out of date: types.ts", "out of date: index.ts", "stale: react.ts");
        assertThat(out.resolve("types.ts")).content().endsWith("edited\n");
    }
}
