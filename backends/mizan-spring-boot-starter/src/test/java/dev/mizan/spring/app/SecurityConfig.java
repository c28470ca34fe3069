package dev.mizan.spring.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Everything needs a login at the filter level, with form login and sessions; the Mizan path is
 * left to Mizan by the starter. {@code mizan.security.permit-base-path=false} keeps a filter-level
 * rule on it to show Spring's own refusals as envelopes.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/api/mizan/ctx/admin_area/")
                        .hasRole("ADMIN")
                        .requestMatchers("/login", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("ann").password("{noop}pw").roles("USER").build(),
                User.withUsername("sam")
                        .password("{noop}pw")
                        .roles("USER", "STAFF")
                        .build(),
                User.withUsername("sue")
                        .password("{noop}pw")
                        .roles("USER", "SUPERUSER")
                        .build(),
                User.withUsername("oli")
                        .password("{noop}pw")
                        .roles("USER", "OPS")
                        .build());
    }
}
