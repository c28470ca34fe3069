package dev.mizan.core.javadoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The recorded doc comments of {@code @Client} methods, keyed by {@link #key(Method)}. */
public final class Javadocs {

    /** Where the processor writes the comments in each compiled module. */
    public static final String RESOURCE = "META-INF/mizan/javadoc.properties";

    private static final Javadocs NONE = new Javadocs(Map.of());

    private final Map<String, String> docs;

    private Javadocs(Map<String, String> docs) {
        this.docs = Map.copyOf(docs);
    }

    /** No docs at all. */
    public static Javadocs none() {
        return NONE;
    }

    /** The docs of every {@link #RESOURCE} the class loader sees (one per compiled module). */
    public static Javadocs load(ClassLoader loader) {
        Map<String, String> docs = new TreeMap<>();
        try {
            Enumeration<URL> resources = loader.getResources(RESOURCE);
            while (resources.hasMoreElements()) {
                Properties properties = new Properties();
                try (InputStream in = resources.nextElement().openStream()) {
                    properties.load(in);
                }
                properties.forEach((k, v) -> docs.putIfAbsent((String) k, (String) v));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Javadocs(docs);
    }

    /** The doc of a method, or {@code null} when it has none. */
    public @Nullable String of(Method method) {
        return docs.get(key(method));
    }

    /** {@code pkg.Outer.Type#method(java.lang.String,int)}: canonical names of the erased parameter types. */
    public static String key(Method method) {
        String params = Arrays.stream(method.getParameterTypes())
                .map(Javadocs::canonical)
                .collect(Collectors.joining(","));
        return canonical(method.getDeclaringClass()) + "#" + method.getName() + "(" + params + ")";
    }

    private static String canonical(Class<?> type) {
        String name = type.getCanonicalName();
        return name != null ? name : type.getName();
    }
}
