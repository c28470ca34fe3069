package dev.mizan.example.taskboard.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login for the UI: the static sign-in page ({@code BoardPages}) with its token from {@link SignInPages}. The Mizan endpoints are open at the filter level: each function declares
 * its own {@code auth}, which Mizan enforces with 401/403 error envelopes (and its own CSRF check).
 */
@Configuration
public class SecurityConfig {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/api/mizan/**", "/login", "/login/token", "/error", "/favicon.svg", "/assets/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                .logout(logout -> logout.permitAll().deleteCookies("mizan_mwt"))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/mizan/**"));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
