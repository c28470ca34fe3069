package dev.mizan.ir.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.ir.IrException;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrExporterTest {

    static final String DTO = """
            @org.jspecify.annotations.NullMarked
            package com.example.model;
            """;

    static final String TASK = """
            package com.example.model;

            public record TaskDto(long id, String title, @org.jspecify.annotations.Nullable String note) {}
            """;

    static final String APP_PACKAGE = """
            @org.jspecify.annotations.NullMarked
            package com.example.app;
            """;

    static final String API = """
            package com.example.app;

            import com.example.model.TaskDto;
            import dev.mizan.core.Client;
            import java.util.List;

            public class TaskApi {
                /** Lists the tasks of a project. */
                @Client(context = "project")
                public List<TaskDto> projectTasks(int projectId) { return List.of(); }

                /** Renames a task. */
                @Client(affects = "project_tasks")
                public TaskDto renameTask(long id, String title) { return new TaskDto(id, title, null); }

                @Client(context = "global")
                public String version() { return "1"; }
            }
            """;

    @Test
    void exports_the_ir_of_separately_compiled_modules_without_starting_anything(@TempDir Path dir) throws Exception {
        Path model = TestCompiler.compile(
                dir.resolve("model"),
                Map.of("com/example/model/package-info.java", DTO, "com/example/model/TaskDto.java", TASK),
                List.of());
        Path app = TestCompiler.compile(
                dir.resolve("app"),
                Map.of("com/example/app/TaskApi.java", API, "com/example/app/package-info.java", APP_PACKAGE),
                List.of(model));

        IrDocument doc = IrExporter.export(new ExportOptions(List.of(app, model), List.of("com.example"), Auth.PUBLIC));

        assertThat(doc.functions())
                .extracting(f -> f.name())
                .containsExactly("project_tasks", "rename_task", "version");
        assertThat(doc.function("rename_task").doc()).isEqualTo("Renames a task.");
        assertThat(doc.function("project_tasks").output().render()).isEqualTo("list<TaskDto>");
        assertThat(IrWriter.toText(doc)).contains("""
                        type TaskDto kind=record {
                            field id type=long
                            field title type=string
                            field note type=string?
                        }
                        """);
    }

    @Test
    void reads_undeclared_packages_by_the_nullness_setting_and_warns_naming_them(@TempDir Path dir) throws Exception {
        Path model =
                TestCompiler.compile(dir.resolve("model"), Map.of("com/example/model/TaskDto.java", """
                        package com.example.model;

                        public record TaskDto(long id, String title, @org.jspecify.annotations.Nullable String note,
                                @jakarta.validation.constraints.NotBlank String name) {
                            public TaskDto(long id, String title, String note) { this(id, title, note, title); }
                        }
                        """), List.of());
        Path app = TestCompiler.compile(
                dir.resolve("app"),
                Map.of("com/example/app/TaskApi.java", API, "com/example/app/package-info.java", APP_PACKAGE),
                List.of(model));
        List<String> warnings = new java.util.ArrayList<>();

        IrDocument byDefault = IrExporter.export(
                new ExportOptions(List.of(app, model), List.of("com.example"), Auth.PUBLIC), warnings::add);
        IrDocument nullable = IrExporter.export(
                new ExportOptions(
                        List.of(app, model),
                        List.of("com.example"),
                        Auth.PUBLIC,
                        dev.mizan.core.types.DefaultNullness.NULLABLE),
                warnings::add);

        assertThat(IrWriter.toText(byDefault)).contains("""
                        type TaskDto kind=record {
                            field id type=long
                            field title type=string
                            field note type=string?
                            field name type=string
                        }
                        """);
        assertThat(IrWriter.toText(nullable)).contains("""
                        type TaskDto kind=record {
                            field id type=long
                            field title type=string?
                            field note type=string?
                            field name type=string
                        }
                        """);
        assertThat(warnings)
                .containsExactly(
                        "packages without a nullness declaration, their unannotated references read as non-null"
                                + " (nullness setting; declare it with @NullMarked in package-info.java): com.example.model",
                        "packages without a nullness declaration, their unannotated references read as nullable"
                                + " (nullness setting; declare it with @NullMarked in package-info.java): com.example.model");
    }

    @Test
    void warns_about_nothing_when_every_package_declares_its_nullness(@TempDir Path dir) throws Exception {
        Path model = TestCompiler.compile(
                dir.resolve("model"),
                Map.of("com/example/model/package-info.java", DTO, "com/example/model/TaskDto.java", TASK),
                List.of());
        Path app = TestCompiler.compile(
                dir.resolve("app"),
                Map.of("com/example/app/TaskApi.java", API, "com/example/app/package-info.java", APP_PACKAGE),
                List.of(model));
        List<String> warnings = new java.util.ArrayList<>();
        IrExporter.export(new ExportOptions(List.of(app, model), List.of("com.example"), Auth.PUBLIC), warnings::add);
        assertThat(warnings).isEmpty();
    }

    @Test
    void applies_the_configured_default_auth_level(@TempDir Path dir) throws Exception {
        Path model = TestCompiler.compile(
                dir.resolve("model"),
                Map.of("com/example/model/package-info.java", DTO, "com/example/model/TaskDto.java", TASK),
                List.of());
        Path app = TestCompiler.compile(
                dir.resolve("app"),
                Map.of("com/example/app/TaskApi.java", API, "com/example/app/package-info.java", APP_PACKAGE),
                List.of(model));
        IrDocument doc =
                IrExporter.export(new ExportOptions(List.of(app, model), List.of("com.example.app"), Auth.REQUIRED));
        assertThat(doc.function("version").auth()).isEqualTo(IrAuth.REQUIRED);
    }

    @Test
    void reports_registry_problems_naming_the_method(@TempDir Path dir) throws Exception {
        String broken = API.replace("affects = \"project_tasks\"", "affects = \"nowhere\"");
        Path model = TestCompiler.compile(
                dir.resolve("model"),
                Map.of("com/example/model/package-info.java", DTO, "com/example/model/TaskDto.java", TASK),
                List.of());
        Path app = TestCompiler.compile(
                dir.resolve("app"), Map.of("com/example/app/TaskApi.java", broken), List.of(model));
        assertThatThrownBy(() ->
                        IrExporter.export(new ExportOptions(List.of(app, model), List.of("com.example"), Auth.PUBLIC)))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("TaskApi#renameTask")
                .hasMessageContaining("nowhere");
    }

    @Test
    void reports_a_type_the_wire_cannot_carry_naming_the_method_and_type(@TempDir Path dir) throws Exception {
        String api = """
                package com.example.app;

                public class StreamApi {
                    @dev.mizan.core.Client
                    public java.util.Map<Object, String> lookup(java.util.Date when) { return java.util.Map.of(); }
                }
                """;
        Path app = TestCompiler.compile(dir.resolve("app"), Map.of("com/example/app/StreamApi.java", api), List.of());
        assertThatThrownBy(() -> IrExporter.export(new ExportOptions(List.of(app), List.of(), Auth.PUBLIC)))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("com.example.app.StreamApi#lookup: parameter 'when'")
                .hasMessageContaining("java.util.Date")
                .hasMessageContaining("map key type java.lang.Object");
    }

    @Test
    void exports_nothing_from_a_classpath_without_client_methods(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        IrDocument doc = IrExporter.export(new ExportOptions(List.of(dir.resolve("empty")), List.of(), Auth.PUBLIC));
        assertThat(doc.functions()).isEmpty();
        assertThat(IrWriter.toText(doc)).isEqualTo("mizan-ir version=1\n");
    }

    @Test
    void exports_the_built_in_jwt_functions_when_jwt_auth_is_on(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("empty"));
        String ir = IrWriter.toText(IrExporter.export(new ExportOptions(
                List.of(dir.resolve("empty")), List.of(), Auth.REQUIRED, DefaultNullness.NON_NULL, true)));
        assertThat(ir)
                .contains("function login {\n    param password type=string\n    param username type=string\n"
                        + "    output type=TokenPair\n    auth public\n")
                .contains(
                        "function logout {\n    param refreshToken optional=#true type=string?\n    output type=void\n")
                .contains("function refresh {\n    param refreshToken type=string\n    output type=TokenPair\n")
                .contains("type TokenPair kind=record {\n    field access_token type=string\n"
                        + "    field refresh_token type=string\n    field token_type type=string\n"
                        + "    field expires_in type=long\n}\n");
    }
}
