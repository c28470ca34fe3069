package dev.mizan.spring.live;

import dev.mizan.core.Auth;
import dev.mizan.core.Cached;
import dev.mizan.core.Channel;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.RequestHandle;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * A live application whose instances (several in one test JVM) share one store, as instances of a
 * real application share a database. HTTP Basic, no session: {@code ann}, {@code bob} (members),
 * {@code sam} (staff).
 */
@SpringBootApplication
public class LiveApp {

    /** The database every instance reads and writes. */
    public static final Map<Long, Counter> BOARDS = new ConcurrentHashMap<>();

    public static final Map<String, Note> NOTES = new ConcurrentHashMap<>();

    /** Scores, read through the origin cache (in memory, one per instance). */
    public static final Map<Long, Long> SCORES = new ConcurrentHashMap<>();

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
                        .build());
    }

    /** A board's counter, last set by {@code by}. */
    public record Counter(long boardId, long value, String by) {}

    /** A user's private note. */
    public record Note(String text) {}

    @Service
    public static class Boards {

        @Client(context = "board")
        public Counter counter(long boardId) {
            return BOARDS.getOrDefault(boardId, new Counter(boardId, 0, ""));
        }

        @Client(merge = "board")
        public Counter setCounter(long boardId, long value, RequestHandle request) {
            Counter c = new Counter(
                    boardId, value, request.user() == null ? "" : request.user().username());
            BOARDS.put(boardId, c);
            return c;
        }

        @Client(context = "notebook", scope = ContextScope.USER, auth = Auth.REQUIRED)
        public Note myNote(RequestHandle request) {
            return NOTES.getOrDefault(request.user().id(), new Note(""));
        }

        @Client(merge = "notebook", auth = Auth.REQUIRED)
        public Note writeNote(String text, RequestHandle request) {
            Note n = new Note(text);
            NOTES.put(request.user().id(), n);
            return n;
        }
    }

    @Service
    public static class Scores {

        @Client(context = "scoreboard", cache = @Cached(ttl = "5m"))
        public long score(long boardId) {
            return SCORES.getOrDefault(boardId, 0L);
        }

        @Client(affects = "scoreboard")
        public long setScore(long boardId, long value) {
            SCORES.put(boardId, value);
            return value;
        }

        /** A board's chat: anyone joins and publishes. */
        @Channel(clientPublish = true)
        public Note shout(long boardId, Note message) {
            return message;
        }
    }
}
