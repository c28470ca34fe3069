package dev.mizan.example.taskboard.security;

import dev.mizan.example.taskboard.board.SessionUser;
import java.util.ArrayList;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The board's users, stored in the database. Staff and superusers carry the {@code ROLE_STAFF} and
 * {@code ROLE_SUPERUSER} authorities, which Mizan reads as its staff and superuser flags.
 */
@Service
public class BoardUsers implements UserDetailsService {

    private final JdbcClient jdbc;

    public BoardUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredUser user = find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        var authorities = new ArrayList<SimpleGrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (user.staff() || user.superuser()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_STAFF"));
        }
        if (user.superuser()) {
            authorities.add(new SimpleGrantedAuthority("ROLE_SUPERUSER"));
        }
        return User.withUsername(user.username())
                .password(user.password())
                .authorities(authorities)
                .build();
    }

    /** The user as the UI shows it. */
    public Optional<SessionUser> sessionUser(String username) {
        return find(username).map(u -> new SessionUser(u.username(), u.displayName(), u.staff(), u.superuser()));
    }

    /** Whether any user exists yet (false on a fresh database). */
    public boolean any() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single() > 0;
    }

    private Optional<StoredUser> find(String username) {
        return jdbc.sql("SELECT username, display_name, password, staff, superuser FROM app_user WHERE username = ?")
                .param(username)
                .query(StoredUser.class)
                .optional();
    }

    private record StoredUser(String username, String displayName, String password, boolean staff, boolean superuser) {}
}
