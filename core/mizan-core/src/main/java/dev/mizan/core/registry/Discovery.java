package dev.mizan.core.registry;

import dev.mizan.core.Client;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the classes that declare {@code @Client} methods in packages on a class path, for
 * applications without a framework that discovers them (the Spring starter uses its beans).
 */
public final class Discovery {

    private Discovery() {}

    /** Classes under the packages (and sub-packages) declaring at least one {@code @Client} or {@code @Channel} method, by name. */
    public static List<Class<?>> clientClasses(ClassLoader loader, String... packages) {
        try (ScanResult scan = new ClassGraph()
                .overrideClassLoaders(loader)
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreMethodVisibility()
                .ignoreClassVisibility()
                .acceptPackages(packages)
                .scan()) {
            return scan
                    .getClassesWithMethodAnnotation(Client.class.getName())
                    .union(scan.getClassesWithMethodAnnotation(dev.mizan.core.Channel.class.getName()))
                    .loadClasses()
                    .stream()
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        }
    }
}
