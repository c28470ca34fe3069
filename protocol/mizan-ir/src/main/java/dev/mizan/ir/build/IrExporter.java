package dev.mizan.ir.build;

import dev.mizan.core.Client;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.registry.RegistryBuilder;
import dev.mizan.core.registry.RegistryException;
import dev.mizan.ir.IrException;
import dev.mizan.ir.model.IrDocument;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the IR from compiled classes without starting the application: scans the classpath for
 * {@code @Client} methods, builds the registry and the IR with a JSON mapper carrying the Jackson
 * modules found on that classpath. No Spring context, no database, no server.
 */
public final class IrExporter {

    private IrExporter() {}

    /**
     * The IR of every {@code @Client} method in {@code options.packages()} on {@code options.classpath()}.
     *
     * @throws IrException when a class cannot be loaded, the registry is invalid or a type cannot be described
     */
    public static IrDocument export(ExportOptions options) {
        return export(options, warning -> {});
    }

    /**
     * As {@link #export(ExportOptions)}, giving {@code warnings} what the user should know but that
     * does not stop the export (packages without a nullness declaration).
     */
    public static IrDocument export(ExportOptions options, Consumer<String> warnings) {
        try (URLClassLoader loader = new URLClassLoader(urls(options.classpath()), IrExporter.class.getClassLoader())) {
            JsonMapper mapper = JsonMapper.builder().findAndAddModules(loader).build();
            RegistryBuilder builder =
                    Registry.builder().defaultAuth(options.defaultAuth()).checkTypes(mapper);
            for (String name : clientClasses(options)) {
                builder.add(load(loader, name));
            }
            if (options.jwt()) {
                builder.add(JwtFunctions.class);
            }
            Registry registry;
            try {
                registry = builder.build();
            } catch (RegistryException e) {
                throw new IrException(e.getMessage());
            }
            return IrBuilder.build(registry, mapper, Javadocs.load(loader), options.nullness(), warnings);
        } catch (java.io.IOException e) {
            throw new IrException("cannot close the export class loader: " + e.getMessage());
        }
    }

    static List<String> clientClasses(ExportOptions options) {
        ClassGraph graph = new ClassGraph()
                .overrideClasspath(
                        options.classpath().stream().map(Path::toString).toList())
                .enableClassInfo()
                .enableMethodInfo()
                .enableAnnotationInfo()
                .ignoreClassVisibility()
                .ignoreMethodVisibility();
        if (!options.packages().isEmpty()) {
            graph.acceptPackages(options.packages().toArray(String[]::new));
        }
        try (ScanResult scan = graph.scan()) {
            return new ArrayList<>(scan.getClassesWithMethodAnnotation(Client.class.getName())
                            .getNames())
                    .stream().sorted().toList();
        }
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IrException("cannot load " + name + " from the export classpath: " + e);
        }
    }

    private static URL[] urls(List<Path> classpath) {
        List<URL> urls = new ArrayList<>();
        for (Path path : classpath) {
            try {
                urls.add(path.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new IrException("bad classpath entry " + path + File.pathSeparator + e.getMessage());
            }
        }
        return urls.toArray(URL[]::new);
    }
}
