package dev.mizan.example.taskboard.security;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;

/**
 * Sessions kept in the board's database instead of each instance's memory, for several instances behind one
 * load balancer: a browser signed in through one instance stays signed in on the others, so when its instance
 * dies it reconnects (page requests and the live socket) to another one with its session intact. On with
 * {@code taskboard.shared-sessions=true}; set the same {@code mizan.csrf.secret} on every instance too. One
 * instance alone keeps its sessions in memory, which costs no database round trip per request.
 *
 * <p>The session tables ({@code SPRING_SESSION}, {@code SPRING_SESSION_ATTRIBUTES}) are created from Spring
 * Session's own script for the database (H2 or PostgreSQL) when they are absent.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "taskboard.shared-sessions", havingValue = "true")
@EnableJdbcHttpSession
public class SharedSessions {

    private static final String TABLE = "SPRING_SESSION";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionTables(DataSource dataSource) {
        return repository -> createTablesIfAbsent(dataSource);
    }

    static void createTablesIfAbsent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            if (exists(meta, TABLE) || exists(meta, TABLE.toLowerCase(Locale.ROOT))) {
                return;
            }
            String platform = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            String script = platform.contains("postgres") ? "postgresql" : platform.contains("h2") ? "h2" : null;
            if (script == null) {
                throw new IllegalStateException("shared sessions: no session table script for " + platform + "; create "
                        + TABLE + " by hand (Spring Session's schema-*.sql)");
            }
            new ResourceDatabasePopulator(
                            new ClassPathResource("org/springframework/session/jdbc/schema-" + script + ".sql"))
                    .populate(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("shared sessions: could not create the session tables", e);
        }
    }

    private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
        try (ResultSet tables = meta.getTables(null, null, table, new String[] {"TABLE"})) {
            return tables.next();
        }
    }
}
