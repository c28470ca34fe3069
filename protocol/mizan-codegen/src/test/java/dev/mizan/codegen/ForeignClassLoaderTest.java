package dev.mizan.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Regression: inside a Maven plugin the templates failed to load ("Failed to load types.jte")
 * because the engine was first created on a thread whose context class loader could not see
 * them. Here the generator's classes are loaded afresh and first used from such a thread.
 */
class ForeignClassLoaderTest {

    @Test
    void renders_when_the_thread_context_class_loader_cannot_see_the_templates() throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            urls.add(new File(entry).toURI().toURL());
        }
        String ir = Files.readString(Fixtures.APP);
        AtomicReference<Object> files = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (URLClassLoader isolated =
                        new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
                URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            Thread thread = new Thread(() -> {
                try {
                    Class<?> reader = isolated.loadClass("dev.mizan.ir.IrReader");
                    Object document = reader.getMethod("read", String.class).invoke(null, ir);
                    Class<?> target = isolated.loadClass("dev.mizan.codegen.Target");
                    Object react = target.getMethod("valueOf", String.class).invoke(null, "REACT");
                    Method render = isolated.loadClass("dev.mizan.codegen.Codegen")
                            .getMethod("render", isolated.loadClass("dev.mizan.ir.model.IrDocument"), target);
                    files.set(render.invoke(null, document, react));
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            thread.setContextClassLoader(blind);
            thread.start();
            thread.join();
        }
        assertThat(failure.get()).isNull();
        assertThat((List<?>) files.get()).isNotEmpty();
    }
}
