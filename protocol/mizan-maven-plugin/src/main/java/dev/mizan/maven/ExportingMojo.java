package dev.mizan.maven;

import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.ExportOptions;
import dev.mizan.ir.model.IrDocument;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipFile;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/** What the goals that export the project's IR share: what to scan, the auth default, skipping. */
abstract class ExportingMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Packages to scan for {@code @Client} methods (with sub-packages); empty scans the whole classpath. */
    @Parameter(property = "mizan.packages")
    List<String> packages = new ArrayList<>();

    /**
     * What {@code Auth.DEFAULT} means in the application: PUBLIC or REQUIRED. Unset, it is what the
     * Spring Boot starter decides at startup: {@code mizan.default-auth} from the project's
     * {@code application.properties} when set there, else REQUIRED when Spring Security's web
     * support is on the compile classpath, else PUBLIC.
     */
    @Parameter(property = "mizan.defaultAuth")
    @Nullable
    String defaultAuth;

    /**
     * What unannotated references mean in packages without a nullness declaration ({@code @NullMarked}):
     * {@code non-null} (default) or {@code nullable}. The build warns naming such packages.
     */
    @Parameter(property = "mizan.nullness", defaultValue = "non-null")
    String nullness = "non-null";

    /** Whether the application turns JWT auth on: exports the built-in login, refresh and logout functions. */
    @Parameter(property = "mizan.jwt", defaultValue = "false")
    boolean jwt;

    /** Skips the goal. */
    @Parameter(property = "mizan.skip", defaultValue = "false")
    boolean skip;

    /** The export of the project's compiled classes and compile classpath, reactor modules included. */
    ExportOptions exportOptions() throws MojoExecutionException, MojoFailureException {
        List<Path> classpath = new ArrayList<>();
        try {
            for (String element : project.getCompileClasspathElements()) {
                classpath.add(Path.of(element));
            }
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the compile classpath is not resolved", e);
        }
        DefaultNullness chosen;
        try {
            chosen = DefaultNullness.parse(nullness);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("mizan.nullness: " + e.getMessage());
        }
        return new ExportOptions(classpath, packages, resolveAuth(classpath), chosen, jwt);
    }

    /** Writes the IR when its bytes changed, and says which it was. */
    void writeIr(IrDocument doc, File output) throws MojoExecutionException {
        boolean written = writeIrQuietly(doc, output);
        getLog().info("Mizan: " + (written ? "wrote " : "unchanged ") + output + " ("
                + doc.functions().size() + " functions, " + doc.types().size() + " types)");
    }

    /** Writes the IR when its bytes changed; whether it did. */
    static boolean writeIrQuietly(IrDocument doc, File output) throws MojoExecutionException {
        try {
            return IrWriter.writeIfChanged(doc, output.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + output, e);
        }
    }

    /** The configured level, else the one the starter will choose (see {@link #defaultAuth}). */
    Auth resolveAuth(List<Path> classpath) throws MojoFailureException {
        if (defaultAuth != null) {
            return parseAuth(defaultAuth);
        }
        for (String resourceDir : resourceDirectories()) {
            Path file = Path.of(resourceDir, "application.properties");
            if (Files.isRegularFile(file)) {
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                } catch (IOException e) {
                    throw new MojoFailureException("cannot read " + file + ": " + e.getMessage());
                }
                String configured = properties.getProperty("mizan.default-auth");
                if (configured != null) {
                    return parseAuth(configured);
                }
            }
        }
        for (Path entry : classpath) {
            if (contains(entry, "org/springframework/security/web/SecurityFilterChain.class")) {
                return Auth.REQUIRED;
            }
        }
        return Auth.PUBLIC;
    }

    private List<String> resourceDirectories() {
        List<String> dirs = new ArrayList<>();
        if (project.getBuild() != null) {
            project.getBuild().getResources().forEach(r -> dirs.add(r.getDirectory()));
        }
        return dirs;
    }

    private static boolean contains(Path entry, String resource) {
        if (Files.isDirectory(entry)) {
            return Files.isRegularFile(entry.resolve(resource));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        try (ZipFile zip = new ZipFile(entry.toFile())) {
            return zip.getEntry(resource) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static Auth parseAuth(String value) throws MojoFailureException {
        try {
            Auth auth = Auth.valueOf(value.trim().toUpperCase(Locale.ROOT));
            if (auth != Auth.DEFAULT) {
                return auth;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new MojoFailureException(
                "mizan.defaultAuth (or mizan.default-auth) must be PUBLIC, REQUIRED, STAFF or SUPERUSER, got '" + value
                        + "'");
    }
}
