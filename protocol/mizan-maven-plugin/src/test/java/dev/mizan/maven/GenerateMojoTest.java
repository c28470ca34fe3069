package dev.mizan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateMojoTest {

    @TempDir
    Path dir;

    GenerateMojo mojo(Path out) throws Exception {
        GenerateMojo mojo = new GenerateMojo();
        mojo.project = ExportIrMojoTest.mojo(dir.resolve("unused.kdl")).project;
        mojo.packages = List.of("dev.mizan.maven.fixture");
        mojo.outputDirectory = out.toFile();
        mojo.exportedIr = dir.resolve("target/mizan/mizan-ir.kdl").toFile();
        return mojo;
    }

    @Test
    void exports_the_classes_and_generates_the_react_client_in_one_step() throws Exception {
        Path out = dir.resolve("frontend/src/mizan");

        mojo(out).execute();

        assertThat(dir.resolve("target/mizan/mizan-ir.kdl")).content().contains("function increment");
        assertThat(out.resolve("functions.ts")).content().contains("export function callIncrement(");
        assertThat(out.resolve("react.ts")).content().contains("export function useCount()");
    }

    @Test
    void says_in_one_line_what_it_wrote() throws Exception {
        Path out = dir.resolve("frontend/src/mizan");
        GenerateMojo mojo = mojo(out);
        List<String> lines = new java.util.ArrayList<>();
        mojo.setLog(new org.apache.maven.plugin.logging.SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                lines.add("info " + content);
            }

            @Override
            public void warn(CharSequence content) {
                lines.add("warn " + content);
            }
        });

        mojo.execute();
        mojo.execute();

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0))
                .startsWith("info Mizan: generated the react client (")
                .containsPattern("\\(\\d+ functions?, \\d+ contexts?, \\d+ types?\\) in ")
                .contains(" in " + out + ": 6 written, 0 unchanged, 0 removed")
                .endsWith("; IR in " + dir.resolve("target/mizan/mizan-ir.kdl"));
        assertThat(lines.get(1)).contains("0 written, 6 unchanged, 0 removed");
    }

    @Test
    void writes_the_client_packages_as_npm_tarballs_when_asked() throws Exception {
        Path out = dir.resolve("frontend/src/api");
        GenerateMojo mojo = mojo(out);
        mojo.clientPackages = dir.resolve("frontend/mizan-packages").toFile();

        mojo.execute();

        for (String name : List.of("base", "react")) {
            Path tarball = dir.resolve("frontend/mizan-packages/mizan-" + name + ".tgz");
            String manifest = packageJson(tarball);
            assertThat(manifest).contains("\"name\": \"@mizan/" + name + "\"", "\"exports\"", "\"types\"");
        }
    }

    @Test
    void writes_the_vue_and_svelte_packages_for_those_targets() throws Exception {
        for (String target : List.of("vue", "svelte")) {
            Path packages = dir.resolve(target + "/mizan-packages");
            GenerateMojo mojo = mojo(dir.resolve(target + "/src/api"));
            mojo.target = target;
            mojo.clientPackages = packages.toFile();

            mojo.execute();

            assertThat(dir.resolve(target + "/src/api/" + target + ".ts")).exists();
            try (var listed = Files.list(packages)) {
                assertThat(listed.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder("mizan-base.tgz", "mizan-" + target + ".tgz");
            }
            assertThat(packageJson(packages.resolve("mizan-" + target + ".tgz")))
                    .contains("\"name\": \"@mizan/" + target + "\"", "\"exports\"", "\"peerDependencies\"");
        }
    }

    /** The package.json inside an npm tarball (gzip'd tar, entries under package/). */
    static String packageJson(Path tarball) throws Exception {
        byte[] tar;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(tarball))) {
            tar = in.readAllBytes();
        }
        for (int at = 0; at + 512 <= tar.length; ) {
            String name = new String(tar, at, 100, java.nio.charset.StandardCharsets.US_ASCII).replace("\0", "");
            String sizeText = new String(tar, at + 124, 12, java.nio.charset.StandardCharsets.US_ASCII)
                    .replace("\0", "")
                    .trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 8);
            if (name.equals("package/package.json")) {
                return new String(tar, at + 512, size, java.nio.charset.StandardCharsets.UTF_8);
            }
            at += 512 + ((size + 511) / 512) * 512;
        }
        throw new AssertionError("no package/package.json in " + tarball);
    }

    @Test
    void runs_in_the_compile_phase_so_mvn_compile_generates() throws Exception {
        String descriptor = new String(
                GenerateMojo.class
                        .getResourceAsStream("/META-INF/maven/plugin.xml")
                        .readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String goal : List.of("generate", "export-ir")) {
            int at = descriptor.indexOf("<goal>" + goal + "</goal>");
            assertThat(at).as(goal).isPositive();
            String mojoXml = descriptor.substring(at, descriptor.indexOf("</mojo>", at));
            assertThat(mojoXml).as(goal).contains("<phase>compile</phase>");
        }
    }

    @Test
    void generates_from_a_given_ir_file_with_the_base_target() throws Exception {
        Path ir = dir.resolve("given.kdl");
        Files.writeString(ir, """
                mizan-ir version=1
                function ping {
                    output type=string
                    auth public
                    rev 1
                    errors BAD_REQUEST
                }
                """);
        GenerateMojo mojo = mojo(dir.resolve("out"));
        mojo.irFile = ir.toFile();
        mojo.target = "base";

        mojo.execute();

        assertThat(dir.resolve("out/functions.ts")).content().contains("callPing");
        assertThat(dir.resolve("out/react.ts")).doesNotExist();
        assertThat(dir.resolve("target/mizan/mizan-ir.kdl")).doesNotExist();
    }

    @Test
    void the_java_target_writes_sources_in_the_package_and_adds_them_to_the_build() throws Exception {
        Path ir = dir.resolve("app.kdl");
        Files.writeString(ir, """
                mizan-ir version=1
                function ping {
                    output type=string
                    auth public
                    rev 1
                    errors BAD_REQUEST
                }
                """);
        GenerateMojo mojo = mojo(dir.resolve("gen"));
        mojo.irFile = ir.toFile();
        mojo.target = "java";
        mojo.javaPackage = "com.example.api";
        mojo.sourceRoot = "test";

        mojo.execute();

        assertThat(dir.resolve("gen/com/example/api/MizanApi.java")).content().contains("public String ping()");
        assertThat(mojo.project.getTestCompileSourceRoots())
                .contains(dir.resolve("gen").toFile().getAbsolutePath());
        assertThat(mojo.project.getCompileSourceRoots())
                .doesNotContain(dir.resolve("gen").toFile().getAbsolutePath());
    }

    @Test
    void a_bad_ir_file_fails_the_build_and_keeps_the_previous_client() throws Exception {
        Path out = dir.resolve("out");
        mojo(out).execute();
        String before = Files.readString(out.resolve("types.ts"));
        Path bad = dir.resolve("bad.kdl");
        Files.writeString(bad, "mizan-ir version=1\nfunction f {\n");
        GenerateMojo mojo = mojo(out);
        mojo.irFile = bad.toFile();

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("left as it was")
                .hasMessageContaining("line");
        assertThat(Files.readString(out.resolve("types.ts"))).isEqualTo(before);
    }

    @Test
    void rejects_an_unknown_target() throws Exception {
        GenerateMojo mojo = mojo(dir.resolve("out"));
        mojo.target = "angular";
        assertThatThrownBy(mojo::execute).hasMessageContaining("mizan.target must be react, vue, svelte, base or java");
    }
}
