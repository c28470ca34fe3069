package dev.mizan.core.types;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the JSON mapper an application's server would write with, without starting the
 * application, so that the IR export describes the wire the running server produces. A server
 * adapter provides one through {@link java.util.ServiceLoader} on the application's classpath;
 * the export uses the first that applies.
 */
public interface MapperSource {

    /**
     * The application's mapper, or {@code null} when this source does not apply to it.
     *
     * @param applicationClasses the class loader of the application's classes and dependencies
     * @param packages the application's packages, where its own mapper customizations are looked up
     */
    @Nullable
    JsonMapper mapper(ClassLoader applicationClasses, List<String> packages);
}
