package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.Prim;
import dev.mizan.ir.model.TypeExpr;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RenderingTest {

    private static final List<String> ERRORS = List.of("BAD_REQUEST", "INTERNAL_ERROR", "NOT_FOUND");

    static IrFunction function(String name, List<IrParam> params, TypeExpr output) {
        return new IrFunction(
                name, null, params, output, null, List.of(), List.of(), IrAuth.PUBLIC, null, List.of(), 1, ERRORS);
    }

    static Map<String, String> files(IrDocument ir, Target target) {
        return Codegen.render(ir, target).stream()
                .collect(Collectors.toMap(GeneratedFile::path, GeneratedFile::content));
    }

    @Test
    void the_same_ir_gives_the_same_bytes() {
        assertThat(Codegen.render(Fixtures.app(), Target.REACT))
                .isEqualTo(Codegen.render(Fixtures.app(), Target.REACT));
    }

    @Test
    void every_file_starts_with_the_generated_header() {
        assertThat(Codegen.render(Fixtures.app(), Target.REACT))
                .allSatisfy(
                        f -> assertThat(GeneratedFile.isGenerated(f.content())).isTrue());
    }

    @Test
    void the_base_target_has_no_react_module() {
        assertThat(files(Fixtures.app(), Target.BASE))
                .containsOnlyKeys("contexts.ts", "functions.ts", "index.ts", "runtime.ts", "types.ts")
                .allSatisfy((path, text) -> assertThat(text).doesNotContain("react"));
    }

    @Test
    void javadoc_becomes_tsdoc_with_comment_terminators_escaped() {
        String functions = files(Fixtures.app(), Target.BASE).get("functions.ts");
        assertThat(functions)
                .contains(" * Creates a task in a project.\n * The new task starts open and unassigned.\n")
                .contains("Returns *\\/ nothing that *\\/ matters.")
                .doesNotContain("Returns */");
    }

    @Test
    void field_names_that_are_not_identifiers_are_quoted_and_never_renamed() {
        assertThat(files(Fixtures.app(), Target.BASE).get("types.ts"))
                .contains("  'x-legacy-code'?: string | null\n")
                .contains("  createdAt: string\n");
    }

    @Test
    void upload_params_are_files_or_blobs_alone_in_lists_and_optional() {
        IrDocument ir = new IrDocument(
                1,
                List.of(function(
                        "attach",
                        List.of(
                                new IrParam("file", TypeExpr.prim(Prim.UPLOAD), false),
                                new IrParam("more", TypeExpr.listOf(TypeExpr.prim(Prim.UPLOAD)), false),
                                new IrParam("spare", new TypeExpr.PrimType(Prim.UPLOAD, true), true)),
                        TypeExpr.prim(Prim.STRING))),
                List.of(),
                List.of());
        assertThat(files(ir, Target.BASE).get("functions.ts"))
                .contains("file: File | Blob")
                .contains("more: (File | Blob)[]")
                .contains("spare?: File | Blob | null");
    }

    @Test
    void channels_get_typed_join_publish_and_react_hooks_in_files_of_their_own() {
        IrDocument ir = new IrDocument(
                1,
                List.of(function("ping", List.of(), TypeExpr.prim(Prim.STRING))),
                List.of(),
                List.of(),
                List.of(
                        new dev.mizan.ir.model.IrChannel(
                                "board_chat",
                                "A board's chat.",
                                List.of(new IrParam("projectId", TypeExpr.prim(Prim.LONG), false)),
                                TypeExpr.prim(Prim.STRING),
                                dev.mizan.ir.model.IrAuth.REQUIRED,
                                null,
                                List.of(),
                                true),
                        new dev.mizan.ir.model.IrChannel(
                                "news",
                                null,
                                List.of(),
                                TypeExpr.prim(Prim.STRING),
                                dev.mizan.ir.model.IrAuth.PUBLIC,
                                null,
                                List.of(),
                                false)));
        Map<String, String> react = files(ir, Target.REACT);
        assertThat(react.get("channels.ts"))
                .contains("import { joinChannel, publish } from '@mizan/base/channels'")
                .contains("export interface BoardChatChannelParams {\n  readonly projectId: number\n}")
                .contains("export type BoardChatMessage = string")
                .contains("export function joinBoardChat(")
                .contains("export function publishBoardChat(")
                .contains("export function joinNews(")
                .doesNotContain("publishNews");
        assertThat(react.get("react-channels.ts"))
                .contains("export function useBoardChatChannel(")
                .contains("): (message: BoardChatMessage) => Promise<void> {")
                .contains("export function useNewsChannel(");
        Map<String, String> vue = files(ir, Target.VUE);
        assertThat(vue).doesNotContainKey("react-channels.ts").doesNotContainKey("svelte-channels.ts");
        assertThat(vue.get("vue-channels.ts"))
                .contains("import { useChannel } from '@mizan/vue/channels'")
                .contains("  params: MaybeRefOrGetter<BoardChatChannelParams>,\n")
                .contains("): (message: BoardChatMessage) => Promise<void> {");
        Map<String, String> svelte = files(ir, Target.SVELTE);
        assertThat(svelte).doesNotContainKey("react-channels.ts").doesNotContainKey("vue-channels.ts");
        assertThat(svelte.get("svelte-channels.ts"))
                .contains("import { useChannel } from '@mizan/svelte/channels'")
                .contains("  params: () => BoardChatChannelParams,\n")
                .contains("'board_chat', params as () => BoardChatChannelParams & Params, onMessage)");
        Map<String, String> base = files(ir, Target.BASE);
        assertThat(base)
                .containsKey("channels.ts")
                .doesNotContainKey("react-channels.ts")
                .doesNotContainKey("vue-channels.ts")
                .doesNotContainKey("svelte-channels.ts");
        assertThat(files(new IrDocument(1, List.of(), List.of(), List.of()), Target.REACT))
                .doesNotContainKey("channels.ts");
    }

    @Test
    void files_import_only_what_they_use() {
        IrDocument ir = new IrDocument(
                1, List.of(function("ping", List.of(), TypeExpr.prim(Prim.STRING))), List.of(), List.of());
        Map<String, String> files = files(ir, Target.REACT);
        assertThat(files.get("types.ts")).doesNotContain("import").contains("export {}");
        assertThat(files.get("functions.ts")).doesNotContain("./types").doesNotContain("Json");
        assertThat(files.get("contexts.ts")).doesNotContain("import").contains("export {}");
        assertThat(files.get("react.ts"))
                .doesNotContain("createContext")
                .doesNotContain("useContextState")
                .doesNotContain("NO_PARAMS")
                .contains("export function usePing(): MizanMutation<PingArgs, string, PingError>");
    }

    @Test
    void a_live_contexts_descriptor_says_so_and_another_does_not() {
        IrFunction columns = new IrFunction(
                "columns",
                null,
                List.of(),
                TypeExpr.prim(Prim.STRING),
                "board",
                List.of(),
                List.of(),
                IrAuth.PUBLIC,
                null,
                List.of(),
                1,
                ERRORS);
        IrFunction cards = new IrFunction(
                "cards",
                null,
                List.of(),
                TypeExpr.prim(Prim.STRING),
                "archive",
                List.of(),
                List.of(),
                IrAuth.PUBLIC,
                null,
                List.of(),
                1,
                ERRORS);
        IrDocument ir = new IrDocument(
                1,
                List.of(columns, cards),
                List.of(
                        new IrContext("board", 1, IrScope.CLASS, List.of(), List.of("columns"), true),
                        new IrContext("archive", 1, IrScope.CLASS, List.of(), List.of("cards"), false)),
                List.of());
        String contexts = files(ir, Target.BASE).get("contexts.ts");
        assertThat(contexts)
                .contains("export const boardContext: ContextDescriptor = { name: 'board', rev: 1, live: true }")
                .contains("export const archiveContext: ContextDescriptor = { name: 'archive', rev: 1 }\n");
    }

    @Test
    void reports_every_inconsistency_of_the_ir_at_once() {
        IrType page = new IrType.RecordType(
                "Page",
                List.of("T"),
                List.of(new IrField("items", TypeExpr.listOf(new TypeExpr.TypeVar("T", false)), false)));
        IrFunction bad = new IrFunction(
                "list_things",
                null,
                List.of(new IrParam("filter", TypeExpr.named("Missing"), false)),
                TypeExpr.named("Page"),
                "things",
                List.of(),
                List.of(),
                IrAuth.PUBLIC,
                null,
                List.of(),
                1,
                List.of("BAD_REQUEST", "TEAPOT"));
        IrContext things = new IrContext(
                "things",
                1,
                List.of(new IrContextParam("children", TypeExpr.prim(Prim.INT), true, List.of("list_things"))),
                List.of("list_things", "ghost"));
        IrDocument ir = new IrDocument(1, List.of(bad), List.of(things), List.of(page));

        assertThatThrownBy(() -> Codegen.render(ir, Target.REACT))
                .isInstanceOfSatisfying(
                        CodegenException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        "function list_things, param filter: unknown type Missing",
                                        "function list_things, output: Page takes 1 type arguments, got 0",
                                        "function list_things: unknown error code TEAPOT",
                                        "context things: a param named children clashes with the React children prop",
                                        "context things: member ghost is not a declared function"));
    }

    @Test
    void rejects_ir_names_that_would_clash_in_typescript() {
        IrDocument ir = new IrDocument(
                1,
                List.of(
                        function("create_task", List.of(), TypeExpr.prim(Prim.VOID)),
                        function("createTask", List.of(), TypeExpr.prim(Prim.VOID))),
                List.of(),
                List.of(new IrType.EnumType("Json", List.of("a"))));

        assertThatThrownBy(() -> Codegen.render(ir, Target.BASE))
                .isInstanceOfSatisfying(
                        CodegenException.class,
                        e -> assertThat(e.problems())
                                .contains("type Json: the generated name Json clashes with the generated runtime")
                                .anyMatch(p -> p.contains("the generated name callCreateTask clashes with function")));
    }

    @Test
    void an_input_form_beside_its_answer_form_is_a_generated_name_that_may_clash() {
        IrType note = new IrType.RecordType(
                "Note",
                List.of(),
                List.of(new IrField("text", TypeExpr.prim(Prim.STRING).withNullable(true), false)));
        IrFunction save = function(
                "save_note", List.of(new IrParam("note", TypeExpr.named("Note"), false)), TypeExpr.named("Note"));
        IrDocument fine = new IrDocument(1, List.of(save), List.of(), List.of(note));
        assertThat(files(fine, Target.BASE).get("types.ts"))
                .contains("export type Note = {\n  text: string | null\n}")
                .contains("export type NoteInput = {\n  text?: string | null\n}");
        assertThat(files(fine, Target.BASE).get("functions.ts")).contains("  note: NoteInput\n");

        IrDocument clash = new IrDocument(
                1, List.of(save), List.of(), List.of(note, new IrType.RecordType("NoteInput", List.of(), List.of())));
        assertThatThrownBy(() -> Codegen.render(clash, Target.BASE))
                .isInstanceOfSatisfying(
                        CodegenException.class,
                        e -> assertThat(e.problems())
                                .anyMatch(p -> p.contains("the generated name NoteInput clashes with type NoteInput")));
    }

    @Test
    void a_union_variant_must_be_a_record() {
        IrDocument ir = new IrDocument(
                1,
                List.of(),
                List.of(),
                List.of(
                        new IrType.UnionType(
                                "Shape", List.of(), "kind", List.of(new IrVariant("circle", TypeExpr.named("Size")))),
                        new IrType.EnumType("Size", List.of("small"))));
        assertThatThrownBy(() -> Codegen.render(ir, Target.BASE))
                .hasMessageContaining("type Shape, variant circle: a variant must be a record type, got Size");
    }

    @Test
    void string_literals_are_escaped_and_odd_discriminators_quoted() {
        IrDocument ir = new IrDocument(
                1,
                List.of(),
                List.of(),
                List.of(
                        new IrType.EnumType("Mood", List.of("it's", "back\\slash", "two\nlines")),
                        new IrType.RecordType("Note", List.of(), List.of()),
                        new IrType.UnionType(
                                "Entry", List.of(), "@type", List.of(new IrVariant("note", TypeExpr.named("Note"))))));

        String types = files(ir, Target.BASE).get("types.ts");

        assertThat(types)
                .contains("export type Mood = 'it\\'s' | 'back\\\\slash' | 'two\\nlines'\n")
                .contains("  | ({ '@type': 'note' } & Note)\n")
                .contains("export type Note = {\n}\n");
    }
}
