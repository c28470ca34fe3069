package dev.mizan.maven;

import dev.mizan.codegen.Codegen;
import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.IrSource;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.WriteResult;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
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
import org.jspecify.annotations.Nullable;

/**
 * {@code mizan:generate}: exports the IR of the project's compiled classes (as {@code export-ir}
 * does, writing the same file) and generates the typed client from it, in one step. With
 * {@code irFile} set it generates from that IR file instead and exports nothing. When generation
 * fails the previous client is left as it was.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** The directory to write the client into, e.g. {@code ${project.basedir}/../frontend/src/mizan}. */
    @Parameter(property = "mizan.out", required = true)
    @Nullable
    File outputDirectory;

    /** What to generate: {@code react} (client and React bindings) or {@code base} (client only). */
    @Parameter(property = "mizan.target", defaultValue = "react")
    String target = "react";

    /** An IR file to generate from instead of exporting the project's classes. */
    @Parameter(property = "mizan.irFile")
    @Nullable
    File irFile;

    /** Where the exported IR is written (the same file {@code export-ir} writes). */
    @Parameter(property = "mizan.ir", defaultValue = "${project.build.directory}/mizan/mizan-ir.kdl")
    @Nullable
    File exportedIr;

    /** Packages to scan for {@code @Client} methods (with sub-packages); empty scans the whole classpath. */
    @Parameter(property = "mizan.packages")
    List<String> packages = new ArrayList<>();

    /** What {@code Auth.DEFAULT} means in the application: PUBLIC or REQUIRED. */
    @Parameter(property = "mizan.defaultAuth", defaultValue = "PUBLIC")
    String defaultAuth = "PUBLIC";

    /** Skips the goal. */
    @Parameter(property = "mizan.skip", defaultValue = "false")
    boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("mizan:generate skipped");
            return;
        }
        if (outputDirectory == null) {
            throw new MojoFailureException("set the output directory: <outputDirectory> or -Dmizan.out=DIR");
        }
        Target chosen = Target.fromId(target);
        if (chosen == null) {
            throw new MojoFailureException("mizan.target must be react or base, got '" + target + "'");
        }
        try {
            IrDocument ir = irFile != null ? new IrSource.IrFile(irFile.toPath()).load() : export();
            WriteResult result = Codegen.generate(ir, chosen, outputDirectory.toPath());
            getLog().info("Generated the " + chosen.id() + " client in " + outputDirectory + ": " + result.summary());
        } catch (CodegenException e) {
            e.problems().forEach(p -> getLog().error(p));
            throw new MojoFailureException(
                    "Mizan client generation failed (the previous client was left as it was): " + e.getMessage());
        }
    }

    private IrDocument export() throws MojoExecutionException, MojoFailureException {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the compile classpath is not resolved", e);
        }
        ExportOptions options = new ExportOptions(classpath, packages, ExportIrMojo.parseAuth(defaultAuth));
        IrDocument ir = new IrSource.Classes(options).load();
        if (exportedIr != null) {
            try {
                boolean written = IrWriter.writeIfChanged(ir, exportedIr.toPath());
                getLog().info((written ? "Wrote " : "Unchanged ") + exportedIr + " ("
                        + ir.functions().size() + " functions, " + ir.types().size() + " types)");
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + exportedIr, e);
            }
        }
        return ir;
    }
}
