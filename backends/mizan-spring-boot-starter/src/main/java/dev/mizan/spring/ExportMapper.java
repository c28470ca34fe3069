package dev.mizan.spring;

import dev.mizan.core.types.MapperSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON mapper for the IR export, built without starting the application: a
 * bare Spring context holding only Spring Boot's Jackson auto-configuration and Mizan's wire
 * defaults, with the application's property files ({@code application.properties} / {@code .yaml}
 * / {@code .yml} on its classpath, and {@code application-PROFILE.*} for the profiles in
 * {@code spring.profiles.active}), environment variables and system properties, and the
 * application's {@link JsonMapperBuilderCustomizer}s ({@link ExportCustomizers}). No other bean of
 * the application is created. See docs/ir.md, "Exporting".
 */
public final class ExportMapper implements MapperSource {

    private static final List<String> EXTENSIONS = List.of("properties", "yaml", "yml");

    @Override
    public JsonMapper mapper(ClassLoader applicationClasses, List<String> packages) {
        List<JsonMapperBuilderCustomizer> customizers = ExportCustomizers.find(applicationClasses, packages);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(applicationClasses);
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.setClassLoader(applicationClasses);
            context.setEnvironment(environment(applicationClasses));
            for (int i = 0; i < customizers.size(); i++) {
                context.getBeanFactory().registerSingleton("mizanExportCustomizer" + i, customizers.get(i));
            }
            context.register(JacksonAutoConfiguration.class, MizanJacksonAutoConfiguration.class);
            context.refresh();
            return context.getBean(JsonMapper.class);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** System properties and environment variables first, then profile files, then the default files. */
    static StandardEnvironment environment(ClassLoader loader) {
        StandardEnvironment env = new StandardEnvironment();
        DefaultResourceLoader resources = new DefaultResourceLoader(loader);
        List<PropertySource<?>> defaults = load(resources, "application");
        defaults.forEach(env.getPropertySources()::addLast);
        String active = env.getProperty("spring.profiles.active", "");
        List<String> profiles = List.of(StringUtils.commaDelimitedListToStringArray(active)).stream()
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        // A later profile wins, as in Spring Boot: add each before the ones already added.
        String firstDefault = defaults.isEmpty() ? null : defaults.getFirst().getName();
        for (String profile : profiles) {
            for (PropertySource<?> source : load(resources, "application-" + profile)) {
                if (firstDefault == null) {
                    env.getPropertySources().addLast(source);
                } else {
                    env.getPropertySources().addBefore(firstDefault, source);
                }
                firstDefault = source.getName();
            }
        }
        return env;
    }

    private static List<PropertySource<?>> load(DefaultResourceLoader resources, String name) {
        List<PropertySource<?>> out = new ArrayList<>();
        for (String extension : EXTENSIONS) {
            Resource resource = resources.getResource("classpath:" + name + "." + extension);
            if (!resource.exists()) {
                continue;
            }
            PropertySourceLoader loader = extension.equals("properties")
                    ? new PropertiesPropertySourceLoader()
                    : new YamlPropertySourceLoader();
            try {
                out.addAll(loader.load(name + "." + extension, resource));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + name + "." + extension, e);
            }
        }
        return out;
    }
}
