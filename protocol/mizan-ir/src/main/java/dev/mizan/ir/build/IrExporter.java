package dev.mizan.ir.build;

import dev.mizan.core.Client;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.jwt.JwtFunctions;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.registry.RegistryBuilder;
import dev.mizan.core.registry.RegistryException;
import dev.mizan.core.types.MapperSource;
import dev.mizan.core.types.WireDefaults;
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
import java.util.ServiceLoader;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports the IR from compiled classes without starting the application: scans the classpath for
 * {@code @Client} methods and {@code @Page} classes, builds the registry and the IR with a JSON mapper carrying the Jackson
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
            List<String> clients = clientClasses(options);
            JsonMapper mapper = mapper(loader, scanPackages(options, clients));
            RegistryBuilder builder =
                    Registry.builder().defaultAuth(options.defaultAuth()).checkTypes(mapper);
            for (String name : clients) {
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

    /**
     * The application's mapper as a {@link MapperSource} on its classpath builds it (the Spring
     * starter reads the application's properties and customizers); without one, Jackson's defaults
     * with the modules on the classpath and Mizan's {@link WireDefaults}.
     */
    static JsonMapper mapper(ClassLoader loader, List<String> packages) {
        for (MapperSource source : ServiceLoader.load(MapperSource.class, loader)) {
            JsonMapper mapper;
            try {
                mapper = source.mapper(loader, packages);
            } catch (RuntimeException | LinkageError e) {
                throw new IrException("cannot build the application's JSON mapper with "
                        + source.getClass().getName() + ": " + e.getMessage());
            }
            if (mapper != null) {
                return mapper;
            }
        }
        return WireDefaults.apply(JsonMapper.builder().findAndAddModules(loader))
                .build();
    }

    /** The packages to scan: the configured ones, else those of the {@code @Client} classes. */
    static List<String> scanPackages(ExportOptions options, List<String> clientClasses) {
        if (!options.packages().isEmpty()) {
            return options.packages();
        }
        return clientClasses.stream()
                .map(name -> name.lastIndexOf('.') < 0 ? "" : name.substring(0, name.lastIndexOf('.')))
                .distinct()
                .sorted()
                .toList();
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
                            .union(scan.getClassesWithMethodAnnotation(dev.mizan.core.Channel.class.getName()))
                            .union(scan.getClassesWithAnnotation(dev.mizan.core.Page.class.getName()))
                            .union(scan.getClassesWithAnnotation(dev.mizan.core.Pages.class.getName()))
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
