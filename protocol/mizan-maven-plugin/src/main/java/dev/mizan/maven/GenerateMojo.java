package dev.mizan.maven;

import dev.mizan.codegen.Codegen;
import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.IrSource;
import dev.mizan.codegen.JavaOptions;
import dev.mizan.codegen.Target;
import dev.mizan.codegen.WriteResult;
import dev.mizan.ir.model.IrDocument;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * {@code mizan:generate}: exports the IR of the project's compiled classes (as {@code export-ir}
 * does, writing the same file) and generates the typed client from it, in one step. With
 * {@code irFile} set it generates from that IR file instead and exports nothing. When generation
 * fails the previous client is left as it was. Bound to {@code compile} (after the compiler,
 * which the packaging binds first), so {@code mvn compile} generates; it logs one line.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.COMPILE,
        requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public class GenerateMojo extends ExportingMojo {

    /** The directory to write the client into, e.g. {@code ${project.basedir}/../frontend/src/mizan}. */
    @Parameter(property = "mizan.out", required = true)
    @Nullable
    File outputDirectory;

    /**
     * What to generate: {@code react} (client and React bindings), {@code vue}, {@code svelte},
     * {@code base} (client only) or {@code java} (Java sources over {@code mizan-client-java}).
     */
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

    /** For the {@code java} target: the package of the generated sources (default {@code mizan.api}). */
    @Parameter(property = "mizan.javaPackage")
    @Nullable
    String javaPackage;

    /**
     * For the {@code java} target: add the output directory to the project's sources, {@code main}
     * (the default) or {@code test}, so the compiler that runs next compiles the client; {@code none}
     * adds nothing.
     */
    @Parameter(property = "mizan.sourceRoot", defaultValue = "main")
    String sourceRoot = "main";

    /**
     * Where to write the client packages the target needs as npm tarballs of this plugin's version:
     * {@code mizan-base.tgz} always, with {@code mizan-react.tgz}, {@code mizan-vue.tgz} or
     * {@code mizan-svelte.tgz} for those targets, for a frontend that installs them with
     * {@code "@mizan/base": "file:mizan-packages/mizan-base.tgz"}; unset, none are written.
     */
    @Parameter(property = "mizan.clientPackages")
    @Nullable
    File clientPackages;

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
            throw new MojoFailureException(
                    "mizan.target must be react, vue, svelte, base or java, got '" + target + "'");
        }
        if (!List.of("main", "test", "none").contains(sourceRoot)) {
            throw new MojoFailureException("mizan.sourceRoot must be main, test or none, got '" + sourceRoot + "'");
        }
        try {
            IrDocument ir = irFile != null ? new IrSource.IrFile(irFile.toPath()).load() : export();
            WriteResult result =
                    Codegen.generate(ir, chosen, outputDirectory.toPath(), JavaOptions.inPackage(javaPackage));
            if (chosen == Target.JAVA) {
                if (sourceRoot.equals("main")) {
                    project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
                } else if (sourceRoot.equals("test")) {
                    project.addTestCompileSourceRoot(outputDirectory.getAbsolutePath());
                }
            }
            String packages = clientPackages == null || chosen == Target.JAVA
                    ? ""
                    : "; client packages in " + writeClientPackages(chosen);
            getLog().info("Mizan: generated the " + chosen.id() + " client ("
                    + ir.functions().size()
                    + " functions, " + ir.contexts().size() + " contexts, "
                    + ir.types().size() + " types) in "
                    + outputDirectory + ": " + result.summary()
                    + (irFile != null ? "; from " + irFile : exportedIr != null ? "; IR in " + exportedIr : "")
                    + packages);
        } catch (CodegenException e) {
            e.problems().forEach(p -> getLog().error(p));
            throw new MojoFailureException(
                    "Mizan client generation failed (the previous client was left as it was): " + e.getMessage());
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The tarballs the target needs, written when their bytes changed; the directory. */
    private File writeClientPackages(Target chosen) throws MojoExecutionException {
        File dir = java.util.Objects.requireNonNull(clientPackages);
        List<String> names = switch (chosen) {
            case REACT -> List.of("mizan-base.tgz", "mizan-react.tgz");
            case VUE -> List.of("mizan-base.tgz", "mizan-vue.tgz");
            case SVELTE -> List.of("mizan-base.tgz", "mizan-svelte.tgz");
            case BASE -> List.of("mizan-base.tgz");
            default -> List.of(); // a target that is not TypeScript needs no npm package
        };
        for (String name : names) {
            try (InputStream in = GenerateMojo.class.getResourceAsStream("client-packages/" + name)) {
                if (in == null) {
                    throw new MojoExecutionException("this build of the plugin carries no " + name);
                }
                byte[] bytes = in.readAllBytes();
                Path target = dir.toPath().resolve(name);
                if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), bytes)) {
                    Files.createDirectories(dir.toPath());
                    Files.write(target, bytes);
                }
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + name + " to " + dir, e);
            }
        }
        return dir;
    }

    private IrDocument export() throws MojoExecutionException, MojoFailureException {
        IrDocument ir = new IrSource.Classes(exportOptions(), getLog()::warn).load();
        if (exportedIr != null) {
            writeIrQuietly(ir, exportedIr);
        }
        return ir;
    }
}
