package dev.mizan.maven;

import dev.mizan.ir.IrException;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mizan:export-ir}: writes the IR of the project's {@code @Client} methods from its compiled
 * classes and compile classpath (reactor modules included), without starting the application.
 * The file is only rewritten when its bytes change.
 */
@Mojo(
        name = "export-ir",
        defaultPhase = LifecyclePhase.COMPILE,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class ExportIrMojo extends ExportingMojo {

    /** Where to write the IR. */
    @Parameter(property = "mizan.ir", defaultValue = "${project.build.directory}/mizan/mizan-ir.kdl")
    File output;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mizan:export-ir skipped");
            return;
        }
        ExportOptions options = exportOptions();
        try {
            writeIr(IrExporter.export(options, getLog()::warn), output);
        } catch (IrException e) {
            throw new MojoFailureException("Mizan IR export failed: " + e.getMessage());
        }
    }
}
