package dev.mizan.ir.build;

import dev.mizan.core.Auth;
import java.nio.file.Path;
import java.util.List;

/**
 * What to export.
 *
 * @param classpath the compiled classes and jars of the application (and its modules)
 * @param packages the packages to scan for {@code @Client} methods (with sub-packages); empty for all
 * @param defaultAuth what {@link Auth#DEFAULT} means in the application
 */
public record ExportOptions(List<Path> classpath, List<String> packages, Auth defaultAuth) {

    public ExportOptions {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        if (defaultAuth == Auth.DEFAULT) {
            throw new IllegalArgumentException("the default auth level must be a concrete level");
        }
    }
}
