package dev.mizan.maven;

import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.ir.IrException;
import dev.mizan.ir.edge.EdgeManifests;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mizan:edge-manifest}: exports the IR of the project's compiled classes (as {@code
 * export-ir} does) and writes its edge manifest (docs/edge.md), the JSON an edge worker can be
 * deployed with instead of fetching it from the origin.
 */
@Mojo(
        name = "edge-manifest",
        defaultPhase = LifecyclePhase.COMPILE,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class EdgeManifestMojo extends ExportingMojo {

    /** Where to write the manifest. */
    @Parameter(property = "mizan.edgeManifest", defaultValue = "${project.build.directory}/mizan/edge-manifest.json")
    File output;

    /** The application's {@code mizan.base-path}. */
    @Parameter(property = "mizan.basePath", defaultValue = "/api/mizan")
    String basePath = "/api/mizan";

    /** The application's {@code mizan.edge.without-mwt}: {@code anon} or {@code pass}. */
    @Parameter(property = "mizan.withoutMwt", defaultValue = "anon")
    String withoutMwt = "anon";

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mizan:edge-manifest skipped");
            return;
        }
        EdgeManifest manifest;
        try {
            manifest = EdgeManifests.fromIr(
                    dev.mizan.ir.build.IrExporter.export(exportOptions(), getLog()::warn), basePath, withoutMwt);
        } catch (IrException | IllegalArgumentException e) {
            throw new MojoFailureException("Mizan edge manifest failed: " + e.getMessage());
        }
        try {
            Files.createDirectories(output.toPath().getParent());
            Files.writeString(output.toPath(), manifest.toJsonText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output, e);
        }
        getLog().info("Mizan: wrote " + output + " (" + manifest.contexts().size() + " edge-cacheable contexts)");
    }
}
