package dev.mizan.bench;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Profile {@code secured}: Spring Security's filter chain in front of every endpoint, permitting
 * all requests (the echo is public). Spring's CSRF filter skips the plain endpoint; the Mizan base
 * path is left to Mizan's own CSRF check by the starter.
 */
@Configuration(proxyBeanMethods = false)
@Profile("secured")
class SecuredMode {

    @Bean
    SecurityFilterChain benchFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/plain/**"));
        return http.build();
    }
}
