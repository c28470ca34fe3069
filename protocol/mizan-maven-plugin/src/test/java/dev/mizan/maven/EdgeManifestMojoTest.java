package dev.mizan.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.maven.edgefixture.CatalogApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EdgeManifestMojoTest {

    static EdgeManifestMojo mojo(Path output) throws Exception {
        Model model = new Model();
        Build build = new Build();
        build.setOutputDirectory(Path.of(CatalogApi.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString());
        model.setBuild(build);
        EdgeManifestMojo mojo = new EdgeManifestMojo();
        mojo.project = new MavenProject(model);
        mojo.packages = List.of("dev.mizan.maven.edgefixture");
        mojo.output = output.toFile();
        return mojo;
    }

    @Test
    void writes_the_manifest_of_the_project_classes(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("mizan/edge-manifest.json");
        mojo(out).execute();
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out));
        assertThat(manifest.get("base_path").asString()).isEqualTo("/api/mizan");
        JsonNode catalog = manifest.get("contexts").get(0);
        assertThat(catalog.get("name").asString()).isEqualTo("catalog");
        assertThat(catalog.get("ttl").asLong()).isEqualTo(120);
        assertThat(catalog.get("params").get(0).get("name").asString()).isEqualTo("itemId");
        assertThat(catalog.get("params").get(0).get("type").asString()).isEqualTo("long");
    }

    @Test
    void refuses_an_unknown_mode(@TempDir Path dir) throws Exception {
        EdgeManifestMojo mojo = mojo(dir.resolve("m.json"));
        mojo.withoutMwt = "sometimes";
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("without_mwt");
    }
}
