package dev.mizan.example.taskboard.security;

import dev.mizan.core.shape.Shape;
import dev.mizan.example.taskboard.board.SessionUser;
import dev.mizan.example.taskboard.data.AppUser;
import dev.mizan.jpa.Shapes;
import dev.mizan.jpa.Sort;
import dev.mizan.jpa.Where;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
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

    private final Shapes shapes;
    private final EntityManager em;

    /** Over the board's persistence unit, on its shared entity manager (which joins the current transaction). */
    public BoardUsers(Shapes shapes, EntityManagerFactory emf) {
        this.shapes = shapes;
        this.em = SharedEntityManagerCreator.createSharedEntityManager(emf);
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
        return first(shapes.all(SessionUser.class, Where.none().and("username", username), Sort.none()));
    }

    /** Whether any user exists yet (false on a fresh database). */
    public boolean any() {
        return em.createQuery("select count(u) from AppUser u", Long.class).getSingleResult() > 0;
    }

    private Optional<StoredUser> find(String username) {
        return first(shapes.all(StoredUser.class, Where.none().and("username", username), Sort.none()));
    }

    private static <T> Optional<T> first(List<T> list) {
        return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
    }

    /** What signing in needs of a user. */
    @Shape(AppUser.class)
    record StoredUser(String username, String password, boolean staff, boolean superuser) {}
}
