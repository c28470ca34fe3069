package dev.mizan.ir;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.ir.kdl.Kdl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/ir.md exact: its KDL examples are written in the canonical form the writer emits. */
class DocsExamplesTest {

    static Path doc() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/ir.md"))) {
                return dir.resolve("docs/ir.md");
            }
        }
        throw new IllegalStateException("docs/ir.md not found");
    }

    static List<String> examples() throws Exception {
        Matcher m = Pattern.compile("```kdl\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(doc()));
        List<String> out = new ArrayList<>();
        while (m.find()) {
            if (!m.group(1).contains("...")) {
                out.add(m.group(1).replaceAll("(?m)\\s*//.*$", ""));
            }
        }
        return out;
    }

    @Test
    void every_kdl_example_in_the_ir_doc_is_canonical() throws Exception {
        List<String> examples = examples();
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        for (String example : examples) {
            assertThat(Kdl.print(Kdl.parse(example))).isEqualTo(example);
        }
    }

    @Test
    void the_examples_with_the_members_they_name_form_a_readable_ir_document() throws Exception {
        String members = """
                function project_details {
                    param projectId type=int
                    output type=TaskDto
                    context project
                    auth public
                    rev 1
                }
                function project_tasks {
                    param projectId type=int
                    output type=Page<TaskDto>
                    context project
                    auth public
                    rev 2
                }
                type Square kind=record
                type Email kind=record
                type Sms kind=record
                type Failed kind=record {
                    type-param T
                }
                type Ok kind=record {
                    type-param T
                    field value type=T
                }
                """;
        String all = "mizan-ir version=1\n" + String.join("", examples()) + members;
        var doc = IrReader.read(all);
        assertThat(doc.function("create_task").affects()).hasSize(2);
        assertThat(doc.context("project").params().getFirst().sharedBy())
                .containsExactly("project_details", "project_tasks");
    }
}
