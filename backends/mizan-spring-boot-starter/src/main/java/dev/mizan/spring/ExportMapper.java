package dev.mizan.spring;

import dev.mizan.core.types.MapperSource;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's JSON mapper for the IR export, built without starting the application: a
 * bare Spring context holding only Spring Boot's Jackson auto-configuration and Mizan's wire
 * defaults, reading the application's own property sources ({@code application.properties} /
 * {@code .yaml} on its classpath, profiles, environment, system properties), with the
 * application's {@link JsonMapperBuilderCustomizer}s ({@link ExportCustomizers}) registered.
 * No other bean of the application is created. See docs/ir.md, "Exporting".
 */
public final class ExportMapper implements MapperSource {

    @Override
    public JsonMapper mapper(ClassLoader applicationClasses, List<String> packages) {
        List<JsonMapperBuilderCustomizer> customizers = ExportCustomizers.find(applicationClasses, packages);
        SpringApplication app = new SpringApplication(
                new DefaultResourceLoader(applicationClasses),
                JacksonAutoConfiguration.class,
                MizanJacksonAutoConfiguration.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        app.setDefaultProperties(Map.of("spring.main.lazy-initialization", "true"));
        app.addInitializers(context -> {
            for (int i = 0; i < customizers.size(); i++) {
                context.getBeanFactory().registerSingleton("mizanExportCustomizer" + i, customizers.get(i));
            }
        });
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        String logging = System.getProperty(LoggingSystem.SYSTEM_PROPERTY);
        thread.setContextClassLoader(applicationClasses);
        // The exporting tool (Maven, the CLI) owns the logging system; the bare context must not take it over.
        System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        try (ConfigurableApplicationContext context = app.run()) {
            return context.getBean(JsonMapper.class);
        } finally {
            thread.setContextClassLoader(previous);
            if (logging == null) {
                System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
            } else {
                System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
            }
        }
    }
}
