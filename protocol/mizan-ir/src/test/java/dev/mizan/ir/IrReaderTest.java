package dev.mizan.ir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.TypeExpr;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IrReaderTest {

    static final String SAMPLE = """
            mizan-ir version=1
            function create_task {
                doc "Creates a task."
                param due type=date? optional=#true
                param title type=string
                output type=TaskDto
                affects project
                affects project_tasks slot=#true
                auth required
                rev 2
                errors BAD_REQUEST FORBIDDEN
            }
            function project_tasks {
                param projectId type=int
                output type=Page<TaskDto>
                context project
                auth public
                rev 1
            }
            context project {
                rev 1
                param projectId type=int required=#true {
                    shared-by project_tasks
                }
                member project_tasks
            }
            type Page kind=record {
                type-param T
                field items type=list<T>
                field total type=long
            }
            type Shape kind=union discriminator=kind {
                variant circle type=TaskDto
            }
            type Status kind=enum {
                value open
                value done
            }
            type TaskDto kind=record {
                field id type=long
                field status type=Status
                field tags type=map<Status,list<string?>>
                field note type=string? optional=#true
            }
            """;

    @Test
    void reads_functions_contexts_and_types() {
        IrDocument doc = IrReader.read(SAMPLE);
        IrFunction create = doc.function("create_task");
        assertThat(create.doc()).isEqualTo("Creates a task.");
        assertThat(create.params())
                .extracting(p -> p.name() + ":" + p.type().render() + ":" + p.optional())
                .containsExactly("due:date?:true", "title:string:false");
        assertThat(create.affects())
                .containsExactly(new IrAffects("project", false), new IrAffects("project_tasks", true));
        assertThat(create.auth()).isEqualTo(IrAuth.REQUIRED);
        assertThat(create.rev()).isEqualTo(2);
        assertThat(doc.function("project_tasks").output()).isEqualTo(TypeExpr.named("Page", TypeExpr.named("TaskDto")));
        assertThat(doc.context("project").params().getFirst().sharedBy()).containsExactly("project_tasks");
        IrType.RecordType page = (IrType.RecordType) doc.type("Page");
        assertThat(page.fields().getFirst().type()).isEqualTo(TypeExpr.listOf(new TypeExpr.TypeVar("T", false)));
        assertThat(((IrType.EnumType) doc.type("Status")).values()).containsExactly("open", "done");
    }

    @Test
    void writing_what_it_read_gives_the_canonical_text_back() {
        IrDocument doc = IrReader.read(SAMPLE);
        String written = IrWriter.toText(doc);
        assertThat(IrReader.read(written)).isEqualTo(doc);
        assertThat(IrWriter.toText(IrReader.read(written.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(written);
    }

    @Test
    void ignores_nodes_it_does_not_know() {
        String text = SAMPLE.replace("rev 2\n", "rev 2\n    transport ws\n") + "future-node x\n";
        assertThat(IrReader.read(text)).isEqualTo(IrReader.read(SAMPLE));
    }

    @Test
    void rejects_an_unknown_type_reference_with_its_line_and_column() {
        String text = SAMPLE.replace("field status type=Status", "field status type=Missing");
        assertThatThrownBy(() -> IrReader.read(text))
                .isInstanceOf(IrException.class)
                .hasMessage("unknown type 'Missing' at line 41, column 23");
    }

    @Test
    void rejects_bad_kdl_with_its_line_and_column() {
        assertThatThrownBy(() -> IrReader.read("mizan-ir version=1\nfunction f {\n    output type=\"int\n}\n"))
                .isInstanceOf(IrException.class)
                .satisfies(e -> {
                    IrException ir = (IrException) e;
                    assertThat(ir.line()).isEqualTo(3);
                    assertThat(ir.getMessage()).startsWith("invalid KDL: ");
                });
    }

    @Test
    void names_the_file_and_keeps_the_position_when_reading_a_path(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("bad.kdl");
        java.nio.file.Files.writeString(file, SAMPLE.replace("field status type=Status", "field status type=Missing"));
        assertThatThrownBy(() -> IrReader.read(file))
                .isInstanceOf(IrException.class)
                .hasMessage(file + ": unknown type 'Missing' at line 41, column 23")
                .satisfies(e -> assertThat(((IrException) e).line()).isEqualTo(41));
    }

    @Test
    void rejects_a_malformed_type_expression() {
        String text = SAMPLE.replace("type=list<T>", "type=list<T");
        assertThatThrownBy(() -> IrReader.read(text))
                .isInstanceOf(IrException.class)
                .hasMessageStartingWith("bad type expression: ")
                .hasMessageEndingWith("at line 29, column 22");
    }

    @Test
    void rejects_a_generic_type_used_with_the_wrong_number_of_arguments() {
        String text = SAMPLE.replace("output type=Page<TaskDto>", "output type=Page");
        assertThatThrownBy(() -> IrReader.read(text)).hasMessageContaining("type Page takes 1 type arguments, got 0");
    }

    @Test
    void rejects_a_map_keyed_by_a_record() {
        String text = SAMPLE.replace("map<Status,", "map<TaskDto,");
        assertThatThrownBy(() -> IrReader.read(text)).hasMessageContaining("map key type TaskDto is not an enum");
    }

    @Test
    void rejects_void_anywhere_but_an_output() {
        String text = SAMPLE.replace("param title type=string", "param title type=void");
        assertThatThrownBy(() -> IrReader.read(text))
                .hasMessageContaining("'void' is only allowed as a function output");
    }

    @Test
    void rejects_duplicate_names() {
        String text = SAMPLE + "type Status kind=enum\n";
        assertThatThrownBy(() -> IrReader.read(text))
                .hasMessage("type 'Status' is declared twice at line 45, column 1");
    }

    @Test
    void reads_the_context_scope_and_takes_class_when_it_is_absent() {
        assertThat(IrReader.read(SAMPLE).context("project").scope()).isEqualTo(IrScope.CLASS);
        String user =
                SAMPLE.replace("context project {\n    rev 1\n", "context project {\n    rev 1\n    scope user\n");
        assertThat(IrReader.read(user).context("project").scope()).isEqualTo(IrScope.USER);
        assertThatThrownBy(() -> IrReader.read(user.replace("scope user", "scope everyone")))
                .hasMessageContaining("unknown context scope 'everyone' (class, public or user)");
    }

    @Test
    void reads_the_cache_ttl_of_a_cached_member_and_zero_for_others() {
        assertThat(IrReader.read(SAMPLE).function("project_tasks").cacheTtl()).isZero();
        String cached = SAMPLE.replace("    context project\n", "    context project\n    cache ttl=300\n");
        assertThat(IrReader.read(cached).function("project_tasks").cacheTtl()).isEqualTo(300);
        assertThat(IrWriter.toText(IrReader.read(cached))).contains("    context project\n    cache ttl=300\n");
        assertThatThrownBy(() -> IrReader.read(cached.replace("ttl=300", "ttl=0")))
                .hasMessageContaining("'cache' needs a ttl= property: a positive whole number of seconds");
    }

    @Test
    void rejects_a_context_member_that_is_not_a_function() {
        String text = SAMPLE.replace("member project_tasks", "member ghost");
        assertThatThrownBy(() -> IrReader.read(text)).hasMessageContaining("unknown member 'ghost'");
    }

    @Test
    void rejects_a_newer_version_and_a_missing_header() {
        assertThatThrownBy(() -> IrReader.read(SAMPLE.replace("version=1", "version=2")))
                .hasMessageContaining("IR version 2 is not supported");
        assertThatThrownBy(() -> IrReader.read("function f\n"))
                .hasMessage("an IR document starts with a 'mizan-ir version=N' node at line 1, column 1");
    }

    @Test
    void rejects_a_function_without_output_or_auth() {
        assertThatThrownBy(() -> IrReader.read("mizan-ir version=1\nfunction f {\n    auth public\n}\n"))
                .hasMessage("function 'f' has no 'output' node at line 2, column 1");
        assertThatThrownBy(() -> IrReader.read("mizan-ir version=1\nfunction f {\n    output type=void\n}\n"))
                .hasMessage("function 'f' has no 'auth' node at line 2, column 1");
    }
}
