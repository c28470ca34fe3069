package dev.mizan.spring.jwt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The {@code mizan.jwt.*} properties: JWT auth, off unless {@code enabled}. */
@ConfigurationProperties("mizan.jwt")
public class MizanJwtProperties {

    /** Where spent refresh tokens and revoked sessions are kept. */
    public enum Store {
        /** JDBC when the application has a DataSource, else memory (with a warning). */
        AUTO,
        /** A table in the application's DataSource: shared by instances, kept across restarts. */
        JDBC,
        /** This JVM's memory: tests and single-instance development only. */
        MEMORY
    }

    /** Whether the login, refresh and logout functions and bearer auth are on. */
    private boolean enabled;

    /** The iss claim written and required. */
    private String issuer = "mizan";

    /** The aud claim written and required. */
    private String audience = "mizan";

    /** Lifetime of an access token. */
    private Duration accessTtl = Duration.ofMinutes(5);

    /** Lifetime of a refresh token (each refresh issues a new one). */
    private Duration refreshTtl = Duration.ofDays(14);

    /** Tolerance for exp and nbf. */
    private Duration clockSkew = Duration.ofSeconds(30);

    /** The accepted alg values; the first signs new tokens. */
    private List<String> algorithms = new ArrayList<>(List.of("HS256"));

    /** Every live HMAC key; tokens name theirs in the kid header. */
    private List<Key> keys = new ArrayList<>();

    /** The kid of the key that signs new tokens; the first key when unset. */
    private String activeKid = "";

    /** Where revocations are kept. */
    private Store store = Store.AUTO;

    /** The table of the JDBC store. */
    private String table = "mizan_jwt_revocation";

    /** Whether the JDBC store creates its table when it is missing. */
    private boolean createTable = true;

    /** Failed logins allowed per account within the window before further attempts are refused. */
    private int loginFailuresPerAccount = 5;

    /** Failed logins allowed per client address within the window. */
    private int loginFailuresPerAddress = 20;

    /** How long a failed login counts. */
    private Duration loginFailureWindow = Duration.ofMinutes(15);

    /** One signing key. */
    public static class Key {

        /** The key id (kid header). */
        private String kid = "";

        /** The secret, base64 (standard or URL alphabet), at least 32 bytes. */
        private String secret = "";

        public String getKid() {
            return kid;
        }

        public void setKid(String kid) {
            this.kid = kid;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public Duration getAccessTtl() {
        return accessTtl;
    }

    public void setAccessTtl(Duration accessTtl) {
        this.accessTtl = accessTtl;
    }

    public Duration getRefreshTtl() {
        return refreshTtl;
    }

    public void setRefreshTtl(Duration refreshTtl) {
        this.refreshTtl = refreshTtl;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<String> getAlgorithms() {
        return algorithms;
    }

    public void setAlgorithms(List<String> algorithms) {
        this.algorithms = algorithms;
    }

    public List<Key> getKeys() {
        return keys;
    }

    public void setKeys(List<Key> keys) {
        this.keys = keys;
    }

    public String getActiveKid() {
        return activeKid;
    }

    public void setActiveKid(String activeKid) {
        this.activeKid = activeKid;
    }

    public Store getStore() {
        return store;
    }

    public void setStore(Store store) {
        this.store = store;
    }

    public String getTable() {
        return table;
    }

    public void setTable(String table) {
        this.table = table;
    }

    public boolean isCreateTable() {
        return createTable;
    }

    public void setCreateTable(boolean createTable) {
        this.createTable = createTable;
    }

    public int getLoginFailuresPerAccount() {
        return loginFailuresPerAccount;
    }

    public void setLoginFailuresPerAccount(int loginFailuresPerAccount) {
        this.loginFailuresPerAccount = loginFailuresPerAccount;
    }

    public int getLoginFailuresPerAddress() {
        return loginFailuresPerAddress;
    }

    public void setLoginFailuresPerAddress(int loginFailuresPerAddress) {
        this.loginFailuresPerAddress = loginFailuresPerAddress;
    }

    public Duration getLoginFailureWindow() {
        return loginFailureWindow;
    }

    public void setLoginFailureWindow(Duration loginFailureWindow) {
        this.loginFailureWindow = loginFailureWindow;
    }
}
