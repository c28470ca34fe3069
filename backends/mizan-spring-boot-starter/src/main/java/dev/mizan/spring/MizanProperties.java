package dev.mizan.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    /** Longest time a call body may take to arrive; a slower one is refused with 400 BAD_REQUEST. */
    private Duration bodyReadTimeout = Duration.ofSeconds(10);

    /** Largest answer body; a handler's bigger answer is refused with 413 PAYLOAD_TOO_LARGE. */
    private DataSize answerLimit = DataSize.ofMegabytes(16);

    /** Largest X-Mizan-Invalidate header; a longer one is widened to unscoped entries. */
    private DataSize invalidateHeaderLimit = DataSize.ofKilobytes(4);

    /**
     * Whether refusals name guarded functions and contexts (401/403) instead of answering as for
     * an unknown name. For development only: it lets anyone list the guarded names.
     */
    private boolean revealGuardedNames = false;

    private final Csrf csrf = new Csrf();

    private final Security security = new Security();

    private final Live live = new Live();
    private final MizanCacheProperties cache = new MizanCacheProperties();
    private final MizanUploadProperties uploads = new MizanUploadProperties();

    private final MizanEdgeProperties edge = new MizanEdgeProperties();

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

    public Duration getBodyReadTimeout() {
        return bodyReadTimeout;
    }

    public void setBodyReadTimeout(Duration bodyReadTimeout) {
        this.bodyReadTimeout = bodyReadTimeout;
    }

    public DataSize getAnswerLimit() {
        return answerLimit;
    }

    public void setAnswerLimit(DataSize answerLimit) {
        this.answerLimit = answerLimit;
    }

    public DataSize getInvalidateHeaderLimit() {
        return invalidateHeaderLimit;
    }

    public void setInvalidateHeaderLimit(DataSize invalidateHeaderLimit) {
        this.invalidateHeaderLimit = invalidateHeaderLimit;
    }

    public boolean isRevealGuardedNames() {
        return revealGuardedNames;
    }

    public void setRevealGuardedNames(boolean revealGuardedNames) {
        this.revealGuardedNames = revealGuardedNames;
    }

    public Csrf getCsrf() {
        return csrf;
    }

    public Security getSecurity() {
        return security;
    }

    public Live getLive() {
        return live;
    }

    /** The edge: MWT and manifest ({@code mizan.edge.*}). */
    public MizanEdgeProperties getEdge() {
        return edge;
    }

    /** The origin cache ({@code mizan.cache.*}). */
    public MizanCacheProperties getCache() {
        return cache;
    }

    /** The CSRF check on {@code POST /call/}. */
    public MizanUploadProperties getUploads() {
        return uploads;
    }

    public static class Csrf {

        /** Whether {@code POST /call/} requires the token from {@code /session/} in the X-CSRF-Token header. */
        private boolean enabled = true;

        /** Name of the cookie that carries the CSRF token (HttpOnly, SameSite=Lax). */
        private String cookieName = "MIZAN-CSRF";

        /**
         * Key of the token signatures (at least 32 characters). When absent a random key is drawn
         * at startup: tokens then hold on this instance only and until it restarts, so set the
         * same secret on every instance behind one load balancer.
         */
        private String secret = "";

        /**
         * Other origins ({@code scheme://host[:port]}) whose pages may call; the server's own origin
         * always may.
         */
        private List<String> allowedOrigins = new ArrayList<>();

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }

        public List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

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

    /** The WebSocket transport and live updates at {@code {base}/ws/} (docs/live-updates.md). */
    public static class Live {

        /** Whether {@code {base}/ws/} accepts sockets and mutations are pushed to subscribers. */
        private boolean enabled = true;

        /** Origins allowed to open a socket besides the server's own (scheme://host[:port]). */
        private java.util.List<String> allowedOrigins = new java.util.ArrayList<>();

        /** Largest client frame; a larger one gets a PAYLOAD_TOO_LARGE error frame. */
        private DataSize maxFrameSize = DataSize.ofKilobytes(64);

        /** Context instances one socket may subscribe to at once. */
        private int maxSubscriptions = 256;

        /** Sockets one signed-in user may hold open at once. */
        private int maxSocketsPerUser = 16;

        /** Frames queued for one socket; a client that reads slower is closed (code 4000). */
        private DataSize sendBuffer = DataSize.ofMegabytes(1);

        /** Interval of the server's pings; a socket silent for two intervals is closed (code 4001). */
        private java.time.Duration heartbeat = java.time.Duration.ofSeconds(25);

        /** Calls of one socket running at once. */
        private int maxCallsInFlight = 16;

        /** Frames one socket may send per second; a socket that keeps flooding is closed (code 1008). */
        private int framesPerSecond = 200;

        /** Pushes retained for {@code resume} (in memory, or the Redis stream's length). */
        private int retainedEvents = 10_000;

        /**
         * Redis for fan-out across instances ({@code redis://host:port[/db]}); unset: this instance's
         * sockets only, numbered in memory.
         */
        private @Nullable String redisUrl;

        /** The Redis stream's key; every instance of one application uses the same. */
        private String redisKey = "mizan:live";

        /** How long a Redis command may take before the link counts as lost (sockets then resync). */
        private java.time.Duration redisTimeout = java.time.Duration.ofSeconds(2);

        public @Nullable String getRedisUrl() {
            return redisUrl;
        }

        public void setRedisUrl(@Nullable String redisUrl) {
            this.redisUrl = redisUrl;
        }

        public String getRedisKey() {
            return redisKey;
        }

        public void setRedisKey(String redisKey) {
            this.redisKey = redisKey;
        }

        public java.time.Duration getRedisTimeout() {
            return redisTimeout;
        }

        public void setRedisTimeout(java.time.Duration redisTimeout) {
            this.redisTimeout = redisTimeout;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public java.util.List<String> getAllowedOrigins() {
            return allowedOrigins;
        }

        public void setAllowedOrigins(java.util.List<String> allowedOrigins) {
            this.allowedOrigins = allowedOrigins;
        }

        public DataSize getMaxFrameSize() {
            return maxFrameSize;
        }

        public void setMaxFrameSize(DataSize maxFrameSize) {
            this.maxFrameSize = maxFrameSize;
        }

        public int getMaxSubscriptions() {
            return maxSubscriptions;
        }

        public void setMaxSubscriptions(int maxSubscriptions) {
            this.maxSubscriptions = maxSubscriptions;
        }

        public int getMaxSocketsPerUser() {
            return maxSocketsPerUser;
        }

        public void setMaxSocketsPerUser(int maxSocketsPerUser) {
            this.maxSocketsPerUser = maxSocketsPerUser;
        }

        public DataSize getSendBuffer() {
            return sendBuffer;
        }

        public void setSendBuffer(DataSize sendBuffer) {
            this.sendBuffer = sendBuffer;
        }

        public java.time.Duration getHeartbeat() {
            return heartbeat;
        }

        public void setHeartbeat(java.time.Duration heartbeat) {
            this.heartbeat = heartbeat;
        }

        public int getMaxCallsInFlight() {
            return maxCallsInFlight;
        }

        public void setMaxCallsInFlight(int maxCallsInFlight) {
            this.maxCallsInFlight = maxCallsInFlight;
        }

        public int getFramesPerSecond() {
            return framesPerSecond;
        }

        public void setFramesPerSecond(int framesPerSecond) {
            this.framesPerSecond = framesPerSecond;
        }

        public int getRetainedEvents() {
            return retainedEvents;
        }

        public void setRetainedEvents(int retainedEvents) {
            this.retainedEvents = retainedEvents;
        }

        /** The core's limits from these properties. */
        dev.mizan.core.live.LiveLimits limits() {
            return new dev.mizan.core.live.LiveLimits(
                    (int) maxFrameSize.toBytes(),
                    maxSubscriptions,
                    maxSocketsPerUser,
                    sendBuffer.toBytes(),
                    heartbeat,
                    maxCallsInFlight,
                    framesPerSecond);
        }
    }
}
