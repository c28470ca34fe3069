package dev.mizan.spring.basic;

import dev.mizan.core.Auth;
import dev.mizan.core.Client;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;

/** An application that signs users in with HTTP Basic as well as a login form. */
@SpringBootApplication
public class BasicAuthApp {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("ann").password("{noop}pw").roles("USER").build());
    }

    /** One function for signed-in users. */
    @Service
    public static class Functions {

        @Client(auth = Auth.REQUIRED)
        public String whoami(dev.mizan.core.RequestHandle request) {
            return request.user() == null ? "nobody" : request.user().username();
        }
    }
}
