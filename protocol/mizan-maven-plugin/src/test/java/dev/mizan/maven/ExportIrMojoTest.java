package dev.mizan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.ir.IrReader;
import dev.mizan.maven.fixture.CounterApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportIrMojoTest {

    static ExportIrMojo mojo(Path output) throws Exception {
        Model model = new Model();
        Build build = new Build();
        build.setOutputDirectory(Path.of(CounterApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString());
        model.setBuild(build);
        ExportIrMojo mojo = new ExportIrMojo();
        mojo.project = new MavenProject(model);
        mojo.packages = List.of("dev.mizan.maven.fixture");
        mojo.output = output.toFile();
        return mojo;
    }

    @Test
    void exports_the_project_classes_and_rewrites_only_on_change(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mizan/mizan-ir.kdl");
        mojo(out).execute();
        assertThat(IrReader.read(out).function("increment").params())
                .singleElement()
                .satisfies(p -> assertThat(p.type().render()).isEqualTo("int"));
        Files.setLastModifiedTime(out, FileTime.fromMillis(1_000_000));
        mojo(out).execute();
        assertThat(Files.getLastModifiedTime(out).toMillis()).isEqualTo(1_000_000);
    }

    @Test
    void rejects_an_unknown_default_auth_level(@TempDir Path dir) throws Exception {
        ExportIrMojo mojo = mojo(dir.resolve("x.kdl"));
        mojo.defaultAuth = "sometimes";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("mizan.defaultAuth");
    }

    @Test
    void skips_when_asked(@TempDir Path dir) throws Exception {
        ExportIrMojo mojo = mojo(dir.resolve("x.kdl"));
        mojo.skip = true;
        mojo.execute();
        assertThat(dir.resolve("x.kdl")).doesNotExist();
    }

    @Test
    void undeclared_auth_follows_the_starter_rule_unless_configured(@TempDir Path dir) throws Exception {
        ExportIrMojo mojo = mojo(dir.resolve("ir.kdl"));
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Path security = dir.resolve("security");
        Files.createDirectories(security.resolve("org/springframework/security/web"));
        Files.write(security.resolve("org/springframework/security/web/SecurityFilterChain.class"), new byte[] {0});

        assertThat(mojo.resolveAuth(List.of(plain))).isEqualTo(dev.mizan.core.Auth.PUBLIC);
        assertThat(mojo.resolveAuth(List.of(plain, security))).isEqualTo(dev.mizan.core.Auth.REQUIRED);

        Path resources = Files.createDirectories(dir.resolve("resources"));
        Files.writeString(resources.resolve("application.properties"), "mizan.default-auth=public\n");
        org.apache.maven.model.Resource resource = new org.apache.maven.model.Resource();
        resource.setDirectory(resources.toString());
        mojo.project.getBuild().addResource(resource);
        assertThat(mojo.resolveAuth(List.of(plain, security))).isEqualTo(dev.mizan.core.Auth.PUBLIC);

        mojo.defaultAuth = "required";
        assertThat(mojo.resolveAuth(List.of(plain))).isEqualTo(dev.mizan.core.Auth.REQUIRED);
    }
}
