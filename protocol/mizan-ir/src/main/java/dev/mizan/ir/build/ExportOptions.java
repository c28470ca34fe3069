package dev.mizan.ir.build;

import dev.mizan.core.Auth;
import dev.mizan.core.types.DefaultNullness;
import java.nio.file.Path;
import java.util.List;

/**
 * What to export.
 *
 * @param classpath the compiled classes and jars of the application (and its modules)
 * @param packages the packages to scan for {@code @Client} methods (with sub-packages); empty for all
 * @param defaultAuth what {@link Auth#DEFAULT} means in the application
 * @param nullness what unannotated references mean in code without a nullness declaration
 * @param jwt whether the application turns JWT auth on ({@code mizan.jwt.enabled}): the built-in
 *     {@code login}, {@code refresh} and {@code logout} functions are exported with its own
 */
public record ExportOptions(
        List<Path> classpath, List<String> packages, Auth defaultAuth, DefaultNullness nullness, boolean jwt) {

    /** Options with the default nullness ({@link DefaultNullness#NON_NULL}), without JWT auth. */
    public ExportOptions(List<Path> classpath, List<String> packages, Auth defaultAuth) {
        this(classpath, packages, defaultAuth, DefaultNullness.NON_NULL, false);
    }

    /** Options without JWT auth. */
    public ExportOptions(List<Path> classpath, List<String> packages, Auth defaultAuth, DefaultNullness nullness) {
        this(classpath, packages, defaultAuth, nullness, false);
    }

    public ExportOptions {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        if (defaultAuth == Auth.DEFAULT) {
            throw new IllegalArgumentException("the default auth level must be a concrete level");
        }
    }
}
