package dev.mizan.spring;

import dev.mizan.core.dispatch.FailureTranslator;
import dev.mizan.core.jwt.BearerAuth;
import dev.mizan.spring.security.MizanFilterChainCustomizer;
import dev.mizan.spring.security.MizanRequestRejectedHandler;
import dev.mizan.spring.security.SpringSecurityFailures;
import dev.mizan.spring.security.SpringSecurityUserResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security integration, active only when Spring Security is on the classpath: the caller
 * comes from the security context, context members see it on their threads, and every filter
 * chain leaves the Mizan base path to Mizan's own auth and CSRF checks.
 */
@AutoConfiguration(before = MizanAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
@EnableConfigurationProperties(MizanProperties.class)
public class MizanSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    MizanUserResolver mizanUserResolver(MizanProperties properties) {
        return new SpringSecurityUserResolver(properties.getSecurity());
    }

    @Bean
    FailureTranslator mizanSpringSecurityFailures() {
        return new SpringSecurityFailures();
    }

    @Bean
    MizanContextPropagation mizanSecurityContextPropagation() {
        return DelegatingSecurityContextRunnable::new;
    }

    /** Adjusts every {@link HttpSecurity} the application builds. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.security.config.annotation.web.builders.HttpSecurity")
    @ConditionalOnProperty(name = "mizan.security.configure-filter-chains", matchIfMissing = true)
    static class FilterChains {

        @Bean
        Customizer<HttpSecurity> mizanFilterChainCustomizer(
                MizanProperties properties, ObjectProvider<MizanRuntime> runtime, ObjectProvider<BearerAuth> bearer) {
            return new MizanFilterChainCustomizer(
                    MizanAutoConfiguration.normalize(properties.getBasePath()), properties, runtime, bearer);
        }

        /** Requests Spring Security's firewall rejects on the Mizan path get a BAD_REQUEST envelope. */
        @Bean
        @ConditionalOnMissingBean(RequestRejectedHandler.class)
        RequestRejectedHandler mizanRequestRejectedHandler(
                MizanProperties properties, ObjectProvider<MizanRuntime> runtime) {
            return new MizanRequestRejectedHandler(MizanAutoConfiguration.normalize(properties.getBasePath()), runtime);
        }
    }
}
