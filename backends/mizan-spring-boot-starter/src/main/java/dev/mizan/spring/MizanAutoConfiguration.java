package dev.mizan.spring;

import dev.mizan.core.MizanException;
import dev.mizan.core.dispatch.FailureTranslator;
import dev.mizan.core.types.WireDefaults;
import dev.mizan.spring.container.ErrorDispatchEnvelopes;
import dev.mizan.spring.container.TomcatEnvelopes;
import jakarta.servlet.DispatcherType;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Serves the {@code @Client} methods of the application's beans under {@code mizan.base-path}:
 * discovery, the dispatcher, the HTTP endpoints and the CSRF check. Spring Security integration
 * lives in {@link MizanSecurityAutoConfiguration} and is optional.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(MizanProperties.class)
public class MizanAutoConfiguration {

    /** Runs the members of a context bundle on virtual threads, carrying the request's context along. */
    @Bean(name = "mizanContextExecutor", destroyMethod = "close")
    @ConditionalOnMissingBean(name = "mizanContextExecutor")
    ExecutorService mizanContextExecutor() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    @Bean
    MizanRuntime mizanRuntime(
            ConfigurableListableBeanFactory beans,
            MizanProperties properties,
            ObjectProvider<JsonMapper> mapper,
            ObjectProvider<Validator> validator,
            ObjectProvider<MizanContextPropagation> propagations,
            ObjectProvider<FailureTranslator> translators,
            @org.springframework.beans.factory.annotation.Qualifier("mizanContextExecutor") Executor executor) {
        MizanContextPropagation propagate = requestAttributes();
        for (MizanContextPropagation p : propagations.orderedStream().toList()) {
            MizanContextPropagation inner = propagate;
            propagate = task -> p.wrap(inner.wrap(task));
        }
        MizanContextPropagation all = propagate;
        Executor contextExecutor = task -> executor.execute(all.wrap(task));
        return new MizanRuntime(
                beans,
                properties,
                mapper.getIfAvailable(
                        () -> WireDefaults.apply(JsonMapper.builder()).build()),
                validator.getIfAvailable(),
                contextExecutor,
                all(translators.orderedStream().toList()));
    }

    /** The first translator that knows the failure wins. */
    private static FailureTranslator all(List<FailureTranslator> translators) {
        return (failure, request) -> {
            for (FailureTranslator t : translators) {
                MizanException translated = t.translate(failure, request);
                if (translated != null) {
                    return translated;
                }
            }
            return null;
        };
    }

    private static MizanContextPropagation requestAttributes() {
        return task -> {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            return () -> {
                RequestContextHolder.setRequestAttributes(attributes);
                try {
                    task.run();
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
            };
        };
    }

    /**
     * Publishes channel messages from server code ({@code @Channel}); needs the live hub
     * ({@code mizan.live.enabled}, on by default).
     */
    @Bean
    @ConditionalOnMissingBean
    dev.mizan.core.live.ChannelPublisher mizanChannelPublisher(MizanRuntime runtime) {
        return (channel, params, message) -> {
            dev.mizan.core.live.LiveHub hub = runtime.live();
            if (hub == null) {
                throw new IllegalStateException(
                        "Live updates are disabled (mizan.live.enabled=false): channels need the live hub");
            }
            return hub.channels().publish(channel, params, message);
        };
    }

    @Bean
    @ConditionalOnMissingBean
    MizanUserResolver mizanUserResolver() {
        return MizanUserResolver.containerPrincipal();
    }

    @Bean
    ServletRegistrationBean<MizanServlet> mizanServlet(
            MizanRuntime runtime, MizanUserResolver users, MizanProperties properties) {
        String base = normalize(properties.getBasePath());
        CsrfCookies csrf = new CsrfCookies(
                CsrfCookies.tokens(properties.getCsrf().getSecret()),
                properties.getCsrf().getCookieName(),
                base,
                users);
        ServletRegistrationBean<MizanServlet> registration =
                new ServletRegistrationBean<>(new MizanServlet(runtime, users, csrf, properties), base + "/*");
        registration.setName("mizan");
        registration.setLoadOnStartup(1);
        return registration;
    }

    /** Framework refusals on the Mizan path as envelopes; ordered before the security filters. */
    @Bean
    FilterRegistrationBean<ErrorEnvelopeFilter> mizanErrorEnvelopeFilter(
            MizanRuntime runtime, MizanProperties properties) {
        FilterRegistrationBean<ErrorEnvelopeFilter> registration =
                new FilterRegistrationBean<>(new ErrorEnvelopeFilter(runtime));
        registration.addUrlPatterns(normalize(properties.getBasePath()) + "/*");
        registration.setName("mizanErrorEnvelope");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** The container's error dispatch for a request on the base path answers the envelope, not the error page. */
    @Bean
    FilterRegistrationBean<ErrorDispatchEnvelopes> mizanErrorDispatchEnvelopes(MizanProperties properties) {
        FilterRegistrationBean<ErrorDispatchEnvelopes> registration =
                new FilterRegistrationBean<>(new ErrorDispatchEnvelopes(normalize(properties.getBasePath())));
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.ERROR);
        registration.setName("mizanErrorDispatchEnvelopes");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own error reports (framing, header limits) on the base path as envelopes. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    static class Tomcat {

        @Bean
        TomcatEnvelopes mizanTomcatEnvelopes(MizanProperties properties) {
            return new TomcatEnvelopes(normalize(properties.getBasePath()));
        }
    }

    /** {@code api/mizan/} → {@code /api/mizan}. */
    static String normalize(String basePath) {
        String p = basePath.startsWith("/") ? basePath : "/" + basePath;
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
