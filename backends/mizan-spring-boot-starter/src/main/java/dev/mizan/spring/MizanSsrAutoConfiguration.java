package dev.mizan.spring;

import dev.mizan.ssr.SsrFolders;
import dev.mizan.ssr.SsrPool;
import dev.mizan.ssr.SsrSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Server rendering (docs/ssr.md): with {@code mizan.ssr.enabled}, the Node worker pool, started
 * with the application and stopped with it; the pages it answers, declared with {@code @Page}
 * (docs/pages.md) or listed in {@code mizan.ssr.pages} (the shell when the pool is off or a render
 * falls back); the {@code static} pages rendered once the application is ready.
 */
@AutoConfiguration(after = MizanAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MizanSsrProperties.class)
public class MizanSsrAutoConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MizanSsrAutoConfiguration.class);

    /** The pool and the folder its entry and template were copied to; closing it stops the workers. */
    static final class Pool implements AutoCloseable {
        final @Nullable SsrPool pool;
        private final Path files;

        Pool(@Nullable SsrPool pool, Path files) {
            this.pool = pool;
            this.files = files;
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.close();
            }
            SsrFolders.delete(files);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(prefix = "mizan.ssr", name = "enabled", havingValue = "true")
    Pool mizanSsrPool(MizanSsrProperties properties, ResourceLoader resources) throws IOException {
        // Named after this JVM; a folder a killed JVM left behind is removed here.
        Path files = SsrFolders.create("mizan-ssr-app-");
        for (String location : new String[] {properties.getEntry(), properties.getTemplate()}) {
            if (!resources.getResource(location).exists()) {
                LOG.warn("mizan.ssr: {} does not exist (the frontend not built?); pages are client-rendered", location);
                return new Pool(null, files);
            }
        }
        Path entry = local(resources, properties.getEntry(), files.resolve("entry"), true);
        Path template = local(resources, properties.getTemplate(), files.resolve("template"), false);
        SsrSettings settings = SsrSettings.of(entry, template)
                .withNode(properties.getNode())
                .withWorkers(properties.getWorkers())
                .withRenderTimeout(properties.getRenderTimeout())
                .withBudget(
                        properties.getMaxRequests(), properties.getMaxMemory().toBytes())
                .withHealthInterval(properties.getHealthInterval());
        return new Pool(SsrPool.start(settings), files);
    }

    @Bean
    @ConditionalOnBean(MizanRuntime.class)
    FilterRegistrationBean<SsrPages> mizanSsrPages(
            MizanSsrProperties properties,
            ObjectProvider<Pool> pool,
            ResourceLoader resources,
            MizanRuntime runtime,
            MizanUserResolver users) {
        Pool running = pool.getIfAvailable();
        Resource template = resources.getResource(properties.getTemplate());
        // Without the client build there is no shell either: the paths are left to the application.
        String shell = template.exists() ? read(template) : null;
        FilterRegistrationBean<SsrPages> registration = new FilterRegistrationBean<>(
                new SsrPages(properties.getPages(), running == null ? null : running.pool, shell, runtime, users));
        registration.addUrlPatterns("/*");
        registration.setName("mizanSsrPages");
        // After the security filters (-100): a page needing a sign-in is refused as any page would be.
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 100);
        return registration;
    }

    /** Renders the {@code static} pages once the application is ready, off the startup thread. */
    @Bean
    @ConditionalOnBean(MizanRuntime.class)
    ApplicationListener<ApplicationReadyEvent> mizanStaticPages(FilterRegistrationBean<SsrPages> pages) {
        return event -> Thread.ofVirtual().name("mizan-static-pages").start(() -> {
            try {
                pages.getFilter().prerender();
            } catch (RuntimeException e) {
                LOG.warn("mizan pages: prerendering the static pages failed; they are rendered when asked for", e);
            }
        });
    }

    /**
     * A file on disk for {@code location}: a {@code classpath:} resource (in a jar) is copied out,
     * with its folder's other files when {@code folder} (the chunks of a server build).
     */
    private static Path local(ResourceLoader resources, String location, Path into, boolean folder) throws IOException {
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new IllegalStateException("mizan.ssr: " + location + " does not exist");
        }
        if (resource.isFile()) {
            return resource.getFile().toPath();
        }
        Files.createDirectories(into);
        String name = resource.getFilename() == null ? "file" : resource.getFilename();
        if (folder && location.startsWith("classpath:") && location.contains("/")) {
            String base = location.substring("classpath:".length(), location.lastIndexOf('/') + 1);
            Resource[] all =
                    new PathMatchingResourcePatternResolver(resources).getResources("classpath:" + base + "**");
            for (Resource r : all) {
                if (!r.isReadable() || r.getURL().toString().endsWith("/")) {
                    continue;
                }
                String url = r.getURL().toString();
                String relative = url.substring(url.lastIndexOf(base) + base.length());
                Path target = into.resolve(relative).normalize();
                if (!target.startsWith(into)) {
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = r.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return into.resolve(name);
        }
        Path target = into.resolve(name);
        try (InputStream in = resource.getInputStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static String read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
