package dev.mizan.spring.cache;

import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.ErrorCode;
import dev.mizan.core.MizanException;
import dev.mizan.core.PermissionKey;
import dev.mizan.core.RequestHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Service;

/**
 * An application with cached contexts of every scope, signing users in with HTTP Basic and no
 * session: {@code ann} and {@code bob} (members), {@code sam} (staff), {@code sue} (superuser).
 */
@SpringBootApplication
public class CacheApp {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("ann").password("{noop}pw").roles("USER").build(),
                User.withUsername("bob").password("{noop}pw").roles("USER").build(),
                User.withUsername("sam")
                        .password("{noop}pw")
                        .roles("USER", "STAFF")
                        .build(),
                User.withUsername("sue")
                        .password("{noop}pw")
                        .roles("USER", "SUPERUSER")
                        .build());
    }

    /** An item as a caller of some permission class sees it. */
    public record Item(long id, String name, String seenAs) {}

    /** The catalog: names that mutations change, and how often each member really ran. */
    @Service
    public static class Catalog {

        final Map<Long, String> names = new ConcurrentHashMap<>();
        volatile String prefix = "item ";
        final AtomicInteger itemRuns = new AtomicInteger();
        final AtomicInteger bannerRuns = new AtomicInteger();

        String name(long id) {
            return names.getOrDefault(id, prefix + id);
        }

        /** One item; its answer depends on the caller's class, so the context keeps the default class scope. */
        @Client(context = "catalog", cache = @Cached(ttl = "5m"))
        public Item catalogItem(long itemId, RequestHandle request) {
            itemRuns.incrementAndGet();
            return new Item(
                    itemId, name(itemId), PermissionKey.classOf(request.user()).value());
        }

        /** Not cached: computed on every fetch of the bundle. */
        @Client(context = "catalog")
        public String catalogNote(long itemId) {
            return "note " + itemId;
        }

        @Client(context = "cart", scope = ContextScope.USER, cache = @Cached(ttl = "5m"))
        public String myCart(RequestHandle request) {
            return request.user() == null ? "nobody's cart" : request.user().username() + "'s cart";
        }

        @Client(context = "site", scope = ContextScope.PUBLIC, cache = @Cached(ttl = "5m"))
        public String banner() {
            return "banner " + bannerRuns.incrementAndGet();
        }

        final AtomicInteger sizedRuns = new AtomicInteger();

        /**
         * A text of {@code size} characters, for the answer limit; a negative size fails with
         * NOT_FOUND, for errors that must never be cached.
         */
        @Client(context = "sized", cache = @Cached(ttl = "5m"))
        public String sizedText(int size) {
            sizedRuns.incrementAndGet();
            if (size < 0) {
                throw new MizanException(ErrorCode.NOT_FOUND, "No text of size " + size, Map.of("size", size));
            }
            return "x".repeat(size);
        }

        @Client(context = "plain")
        public String uncached() {
            return "plain";
        }

        /** Scoped: the argument names the instance. */
        @Client(affects = "catalog")
        public Item renameItem(long itemId, String name) {
            names.put(itemId, name);
            return new Item(itemId, name, "anon");
        }

        /** Unscoped: no argument or result property names an instance. */
        @Client(affects = "catalog")
        public int renameAll(String prefix) {
            int renamed = names.size();
            this.prefix = prefix;
            names.clear();
            return renamed;
        }
    }
}
