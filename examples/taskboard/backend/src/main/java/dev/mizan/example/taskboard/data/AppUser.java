package dev.mizan.example.taskboard.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Someone who signs in to the board. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "username", nullable = false)
    private String username = "";

    @Column(name = "display_name", nullable = false)
    private String displayName = "";

    @Column(name = "password", nullable = false)
    private String password = "";

    @Column(name = "staff", nullable = false)
    private boolean staff;

    @Column(name = "superuser", nullable = false)
    private boolean superuser;

    @Column(name = "status", nullable = false)
    private String status = "";

    /** The projects the user is a member of (the other side of {@link Project#members()}). */
    @ManyToMany(mappedBy = "members")
    private Set<Project> projects = new HashSet<>();

    protected AppUser() {}

    public AppUser(String username, String displayName, String password, boolean staff, boolean superuser) {
        this.username = username;
        this.displayName = displayName;
        this.password = password;
        this.staff = staff;
        this.superuser = superuser;
    }

    public @Nullable Long id() {
        return id;
    }

    public String username() {
        return username;
    }
}
