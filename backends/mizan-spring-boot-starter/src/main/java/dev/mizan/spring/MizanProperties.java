package dev.mizan.spring;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** The {@code mizan.*} properties. */
@ConfigurationProperties("mizan")
public class MizanProperties {

    /** Level of functions whose auth is not declared. */
    public enum DefaultAuth {
        /** Undeclared functions are open to anyone. */
        PUBLIC,
        /** Secure by default: undeclared functions need a signed-in user. */
        REQUIRED
    }

    /** Base path of the Mizan endpoints (call, ctx, session). */
    private String basePath = "/api/mizan";

    /**
     * Auth level of functions that do not declare one: public or required. Unset, it follows the
     * application's security: required when Spring Security's web filter chain is configured,
     * public otherwise.
     */
    private @Nullable DefaultAuth defaultAuth;

    /** Largest accepted request body; bigger bodies are refused with 413 PAYLOAD_TOO_LARGE. */
    private DataSize bodyLimit = DataSize.ofMegabytes(1);

    private final Csrf csrf = new Csrf();

    private final Security security = new Security();

    public String getBasePath() {
        return basePath;
    }

    public void setBasePath(String basePath) {
        this.basePath = basePath;
    }

    public @Nullable DefaultAuth getDefaultAuth() {
        return defaultAuth;
    }

    public void setDefaultAuth(@Nullable DefaultAuth defaultAuth) {
        this.defaultAuth = defaultAuth;
    }

    public DataSize getBodyLimit() {
        return bodyLimit;
    }

    public void setBodyLimit(DataSize bodyLimit) {
        this.bodyLimit = bodyLimit;
    }

    public Csrf getCsrf() {
        return csrf;
    }

    public Security getSecurity() {
        return security;
    }

    /** The CSRF check on {@code POST /call/}. */
    public static class Csrf {

        /** Whether {@code POST /call/} requires the token from {@code /session/} in the X-CSRF-Token header. */
        private boolean enabled = true;

        /** Name of the cookie that carries the CSRF token (HttpOnly, SameSite=Lax). */
        private String cookieName = "MIZAN-CSRF";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getCookieName() {
            return cookieName;
        }

        public void setCookieName(String cookieName) {
            this.cookieName = cookieName;
        }
    }

    /** How Spring Security's authentication maps onto Mizan's auth levels. */
    public static class Security {

        /** Authority that makes a user staff. */
        private String staffAuthority = "ROLE_STAFF";

        /** Authority that makes a user superuser (superusers also count as staff). */
        private String superuserAuthority = "ROLE_SUPERUSER";

        /** Authorities with this prefix are roles, named without it; empty makes every authority a role. */
        private String rolePrefix = "ROLE_";

        /**
         * Whether the starter adjusts every Spring Security filter chain for the base path: exempt it
         * from Spring's CSRF filter (Mizan checks its own token) and answer Spring's own refusals on
         * it with Mizan envelopes.
         */
        private boolean configureFilterChains = true;

        /**
         * Whether those filter chains permit the base path at the filter level, leaving each
         * function's declared auth to Mizan. Turn off to add filter-level rules of your own.
         */
        private boolean permitBasePath = true;

        public boolean isPermitBasePath() {
            return permitBasePath;
        }

        public void setPermitBasePath(boolean permitBasePath) {
            this.permitBasePath = permitBasePath;
        }

        public String getStaffAuthority() {
            return staffAuthority;
        }

        public void setStaffAuthority(String staffAuthority) {
            this.staffAuthority = staffAuthority;
        }

        public String getSuperuserAuthority() {
            return superuserAuthority;
        }

        public void setSuperuserAuthority(String superuserAuthority) {
            this.superuserAuthority = superuserAuthority;
        }

        public String getRolePrefix() {
            return rolePrefix;
        }

        public void setRolePrefix(String rolePrefix) {
            this.rolePrefix = rolePrefix;
        }

        public boolean isConfigureFilterChains() {
            return configureFilterChains;
        }

        public void setConfigureFilterChains(boolean configureFilterChains) {
            this.configureFilterChains = configureFilterChains;
        }
    }
}
