package dev.mizan.core.jwt;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A revocation store in a SQL table, shared by every instance that uses the same database and
 * kept across restarts. One row per spent refresh token ({@code kind = 'spent'}) and per revoked
 * family ({@code kind = 'family'}); the primary key makes spending atomic (a second insert of
 * the same token fails). Rows past their expiry are deleted now and then.
 *
 * <pre>{@code
 * CREATE TABLE mizan_jwt_revocation (
 *     kind VARCHAR(8) NOT NULL, id VARCHAR(64) NOT NULL, expires_at BIGINT NOT NULL,
 *     PRIMARY KEY (kind, id))
 * }</pre>
 */
public final class JdbcRevocationStore implements RevocationStore {

    private static final int PURGE_EVERY = 1024;

    private final DataSource dataSource;
    private final String table;
    private final Clock clock;
    private final AtomicInteger writes = new AtomicInteger();

    /** {@code table} is a plain SQL identifier (letters, digits, underscores). */
    public JdbcRevocationStore(DataSource dataSource, String table, Clock clock) {
        if (!table.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("mizan.jwt: the revocation table name must be a plain identifier");
        }
        this.dataSource = dataSource;
        this.table = table;
        this.clock = clock;
    }

    /** Creates the table when it does not exist yet. */
    public void createTableIfMissing() {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + table
                    + " (kind VARCHAR(8) NOT NULL, id VARCHAR(64) NOT NULL, expires_at BIGINT NOT NULL,"
                    + " PRIMARY KEY (kind, id))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the JWT revocation table " + table, e);
        }
    }

    @Override
    public boolean spend(String jti, Instant expires) {
        purgeSometimes();
        return insert("spent", jti, expires);
    }

    @Override
    public void revokeFamily(String family, Instant expires) {
        purgeSometimes();
        if (!insert("family", family, expires)) {
            update(
                    "UPDATE " + table + " SET expires_at = ? WHERE kind = 'family' AND id = ? AND expires_at < ?",
                    family,
                    expires);
        }
    }

    @Override
    public boolean familyRevoked(String family) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT 1 FROM " + table + " WHERE kind = 'family' AND id = ? AND expires_at > ?")) {
            s.setString(1, family);
            s.setLong(2, clock.millis());
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the JWT revocation table", e);
        }
    }

    /** {@code false} when the row exists already (a primary-key violation). */
    private boolean insert(String kind, String id, Instant expires) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("INSERT INTO " + table + " (kind, id, expires_at) VALUES (?, ?, ?)")) {
            s.setString(1, kind);
            s.setString(2, id);
            s.setLong(3, expires.toEpochMilli());
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicateKey(e)) {
                return false;
            }
            throw new IllegalStateException("cannot write the JWT revocation table", e);
        }
    }

    private void update(String sql, String id, Instant expires) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, expires.toEpochMilli());
            s.setString(2, id);
            s.setLong(3, expires.toEpochMilli());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the JWT revocation table", e);
        }
    }

    private void purgeSometimes() {
        if (writes.incrementAndGet() % PURGE_EVERY != 0) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE expires_at < ?")) {
            s.setLong(1, clock.millis());
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot purge the JWT revocation table", e);
        }
    }

    /** SQL state class 23 is an integrity constraint violation (a duplicate primary key). */
    private static boolean isDuplicateKey(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
