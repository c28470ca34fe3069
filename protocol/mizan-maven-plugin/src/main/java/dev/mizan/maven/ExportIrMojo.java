package dev.mizan.maven;

import dev.mizan.core.Auth;
import dev.mizan.ir.IrException;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.build.IrExporter;
import dev.mizan.ir.model.IrDocument;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * {@code mizan:export-ir}: writes the IR of the project's {@code @Client} methods from its compiled
 * classes and compile classpath (reactor modules included), without starting the application.
 * The file is only rewritten when its bytes change.
 */
@Mojo(
        name = "export-ir",
        defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class ExportIrMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Packages to scan for {@code @Client} methods (with sub-packages); empty scans the whole classpath. */
    @Parameter(property = "mizan.packages")
    List<String> packages = new ArrayList<>();

    /** Where to write the IR. */
    @Parameter(property = "mizan.ir", defaultValue = "${project.build.directory}/mizan/mizan-ir.kdl")
    File output;

    /** What {@code Auth.DEFAULT} means in the application: PUBLIC or REQUIRED. */
    @Parameter(property = "mizan.defaultAuth", defaultValue = "PUBLIC")
    String defaultAuth = "PUBLIC";

    /** Skips the goal. */
    @Parameter(property = "mizan.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mizan:export-ir skipped");
            return;
        }
        Auth auth = parseAuth(defaultAuth);
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the compile classpath is not resolved", e);
        }
        try {
            IrDocument doc = IrExporter.export(new ExportOptions(classpath, packages, auth));
            boolean written = IrWriter.writeIfChanged(doc, output.toPath());
            getLog().info((written ? "Wrote " : "Unchanged ") + output + " ("
                    + doc.functions().size() + " functions, " + doc.types().size() + " types)");
        } catch (IrException e) {
            throw new MojoFailureException("Mizan IR export failed: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output, e);
        }
    }

    static Auth parseAuth(String value) throws MojoFailureException {
        try {
            Auth auth = Auth.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            if (auth != Auth.DEFAULT) {
                return auth;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new MojoFailureException(
                "mizan.defaultAuth must be PUBLIC, REQUIRED, STAFF or SUPERUSER, got '" + value + "'");
    }
}
