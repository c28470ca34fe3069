package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.ir.IrReader;
import dev.mizan.ir.model.IrDocument;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code java} target: where its files go, how names are spelled, and the generated types
 * compiled with javac and round-tripped through Jackson 3 in the wire shapes the server writes
 * (tagged and wrapped unions, variants used on their own, enums with wire values, optional and
 * nullable fields, numbers as strings, additional properties, generics).
 */
class JavaTargetTest {

    private static final String IR = """
            mizan-ir version=1
            function attach {
                param file type=upload
                param more type=list<upload>
                param note type=string
                param spare optional=#true type=upload?
                output type=string
                auth public
                rev 1
                errors BAD_REQUEST
            }
            function pick {
                param shape type=Shape
                output type=Shape
                auth public
                rev 1
                errors BAD_REQUEST INTERNAL_ERROR
            }
            type Bag kind=record {
                field name type=string
                additional type=int
            }
            type Circle discriminator=type kind=record tag=circle {
                field radius type=double
            }
            type Color kind=enum {
                value red
                value dark-blue
            }
            type Contact kind=union wrapped=#true {
                variant email type=Email
                variant sms type=Sms
            }
            type Email kind=record {
                field address type=string
            }
            type Failed discriminator=status kind=record tag=failed {
                type-param T
                field reason type=string
            }
            type Hit kind=union discriminator=kind {
                variant plain type=Plain
            }
            type Ok discriminator=status kind=record tag=ok {
                type-param T
                field value type=T
            }
            type Plain kind=record {
                field id type=long
            }
            type Result discriminator=status kind=union {
                type-param T
                variant failed type=Failed<T>
                variant ok type=Ok<T>
            }
            type Shape discriminator=type kind=union {
                variant circle type=Circle
                variant square type=Square
            }
            type Sms kind=record {
                field number type=string
            }
            type Square discriminator=type kind=record tag=square {
                field side type=double
                field color type=Color
            }
            type Various kind=record {
                field "x-legacy-code" type=string? optional=#true
                field note type=string?
                field big type=string<long>
                field when type=date?
                field tags type=set<string>
            }
            """;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void files_go_into_the_package_folders_and_names_are_java_names() {
        List<GeneratedFile> files =
                Codegen.render(IrReader.read(IR), Target.JAVA, new JavaOptions("com.example.api", "ShopApi"));
        assertThat(files)
                .extracting(GeneratedFile::path)
                .contains(
                        "com/example/api/ShopApi.java",
                        "com/example/api/Shape.java",
                        "com/example/api/package-info.java")
                .allMatch(p -> p.startsWith("com/example/api/"));
        assertThat(files).allMatch(f -> GeneratedFile.isGenerated(f.content()));
        String color = content(files, "Color.java");
        assertThat(color).contains("@JsonProperty(\"dark-blue\")\n    DARK_BLUE(\"dark-blue\")");
        String various = content(files, "Various.java");
        assertThat(various)
                .contains(
                        "@JsonProperty(\"x-legacy-code\") @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String xLegacyCode")
                .contains("@JsonFormat(shape = JsonFormat.Shape.STRING) long big");
        assertThat(content(files, "ShopApi.java"))
                .contains("public Shape pick(Shape shape)")
                // A union argument is written as its declared type, so an untagged variant keeps its tag.
                .contains("args$.put(\"shape\", client.toJson(shape, TYPE_1));");
        // Upload parameters travel as file parts of a multipart call, the others as its args part.
        assertThat(content(files, "ShopApi.java"))
                .contains(
                        "public String attach(FileUpload file, List<FileUpload> more, String note, @Nullable FileUpload spare)")
                .contains("files$.put(\"file\", List.of(file));")
                .contains("files$.put(\"more\", more);")
                .contains("if (spare != null) {\n            files$.put(\"spare\", List.of(spare));")
                .contains("args$.put(\"note\", note);")
                .contains("return client.call(\"attach\", args$, files$, TYPE_0);")
                .contains("public String attach(FileUpload file, List<FileUpload> more, String note) {");
    }

    @Test
    void names_that_would_clash_in_java_are_refused() {
        IrDocument clash = IrReader.read("""
                mizan-ir version=1
                function create_task {
                    output type=string
                    auth public
                    rev 1
                    errors BAD_REQUEST
                }
                function createTask {
                    output type=string
                    auth public
                    rev 1
                    errors BAD_REQUEST
                }
                type List kind=record {
                    field id type=long
                }
                """);
        assertThatThrownBy(() -> Codegen.render(clash, Target.JAVA))
                .isInstanceOfSatisfying(
                        CodegenException.class,
                        e -> assertThat(e.problems())
                                .anyMatch(p -> p.contains("createTask"))
                                .anyMatch(p -> p.startsWith("type List")));
        assertThatThrownBy(() -> new JavaOptions("not a package", "Api")).isInstanceOf(CodegenException.class);
    }

    @Test
    void the_generated_types_compile_and_round_trip_the_wire(@TempDir Path dir) throws Exception {
        List<GeneratedFile> files = Codegen.render(IrReader.read(IR), Target.JAVA, new JavaOptions("gen.wire", "Api"));
        Path src = dir.resolve("src");
        Path out = Files.createDirectories(dir.resolve("classes"));
        for (GeneratedFile file : files) {
            if (file.path().endsWith("/Api.java")) {
                continue; // the client class needs the runtime, which the conformance suite compiles it with
            }
            Path target = src.resolve(file.path());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.content());
        }
        compile(src, out);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, getClass().getClassLoader())) {
            // A tagged union, and its variant on its own: the tag is written and required either way.
            Object circle = read(loader, "Shape", "{\"type\":\"circle\",\"radius\":2.5}");
            assertThat(circle.getClass().getSimpleName()).isEqualTo("Circle");
            assertSameJson(MAPPER.writeValueAsString(circle), "{\"type\":\"circle\",\"radius\":2.5}");
            Object square = read(loader, "Square", "{\"type\":\"square\",\"side\":1.0,\"color\":\"dark-blue\"}");
            assertSameJson(
                    MAPPER.writeValueAsString(square), "{\"type\":\"square\",\"side\":1.0,\"color\":\"dark-blue\"}");
            // A wrapper-object union.
            Object email = read(loader, "Contact", "{\"email\":{\"address\":\"a@example.com\"}}");
            assertThat(email.getClass().getSimpleName()).isEqualTo("Email");
            assertSameJson(
                    MAPPER.writerFor(type(loader, "Contact")).writeValueAsString(email),
                    "{\"email\":{\"address\":\"a@example.com\"}}");
            // An untagged variant: tagged inside its union, plain on its own.
            Object hit = read(loader, "Hit", "{\"kind\":\"plain\",\"id\":4}");
            assertThat(hit.getClass().getSimpleName()).isEqualTo("Plain");
            assertSameJson(
                    MAPPER.writerFor(type(loader, "Hit")).writeValueAsString(hit), "{\"kind\":\"plain\",\"id\":4}");
            Object plain = read(loader, "Plain", "{\"id\":4}");
            assertSameJson(MAPPER.writeValueAsString(plain), "{\"id\":4}");
            // A generic union.
            JavaType resultOfString =
                    MAPPER.getTypeFactory().constructParametricType(loader.loadClass("gen.wire.Result"), String.class);
            Object ok = MAPPER.readValue("{\"status\":\"ok\",\"value\":\"done\"}", resultOfString);
            assertThat(ok.getClass().getSimpleName()).isEqualTo("Ok");
            assertSameJson(
                    MAPPER.writerFor(resultOfString).writeValueAsString(ok), "{\"status\":\"ok\",\"value\":\"done\"}");
            // Optional left out when null, nullable written as null, a long as a string, dates as ISO text.
            String various = "{\"note\":null,\"big\":\"9007199254740993\",\"when\":\"2026-11-30\",\"tags\":[\"a\"]}";
            assertSameJson(MAPPER.writeValueAsString(read(loader, "Various", various)), various);
            String full = "{\"x-legacy-code\":\"L1\",\"note\":\"n\",\"big\":\"1\",\"when\":null,\"tags\":[]}";
            assertSameJson(MAPPER.writeValueAsString(read(loader, "Various", full)), full);
            // Additional properties flattened into the object.
            Object bag = read(loader, "Bag", "{\"name\":\"bag\",\"a\":1,\"b\":2}");
            assertThat(bag.toString()).contains("a=1").contains("b=2");
            assertSameJson(MAPPER.writeValueAsString(bag), "{\"name\":\"bag\",\"a\":1,\"b\":2}");
            assertSameJson(
                    MAPPER.writeValueAsString(read(loader, "Bag", "{\"name\":\"empty\"}")), "{\"name\":\"empty\"}");
        }
    }

    private static void compile(Path src, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> sources;
        try (var walk = Files.walk(src)) {
            sources = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
        }
        StringWriter errors = new StringWriter();
        List<String> args = new java.util.ArrayList<>(
                List.of("-d", out.toString(), "-cp", System.getProperty("java.class.path"), "-Xlint:all", "-Werror"));
        args.addAll(sources);
        int status = javac.run(
                null,
                null,
                new java.io.PrintStream(new java.io.OutputStream() {
                    @Override
                    public void write(int b) {
                        errors.write(b);
                    }
                }),
                args.toArray(String[]::new));
        assertThat(status).as("javac: %s", errors).isZero();
    }

    private static Class<?> type(ClassLoader loader, String name) throws ClassNotFoundException {
        return loader.loadClass("gen.wire." + name);
    }

    private static Object read(ClassLoader loader, String type, String json) throws ClassNotFoundException {
        return MAPPER.readValue(json, type(loader, type));
    }

    private static void assertSameJson(String actual, String expected) {
        JsonNode a = MAPPER.readTree(actual);
        JsonNode e = MAPPER.readTree(expected);
        assertThat(a).as("%s", actual).isEqualTo(e);
    }

    private static String content(List<GeneratedFile> files, String name) {
        return files.stream()
                .filter(f -> f.path().endsWith("/" + name))
                .findFirst()
                .orElseThrow()
                .content();
    }
}
