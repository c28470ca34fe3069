package dev.mizan.core.live;

/** The close codes the hub uses, with their meaning (docs/live-updates.md lists them). */
public final class LiveCloseCodes {

    /** The server is shutting down. */
    public static final int GOING_AWAY = 1001;

    /** The socket broke a bound: flooding, or more sockets than a user may hold. */
    public static final int POLICY_VIOLATION = 1008;

    /** A frame larger than the transport accepts at all. */
    public static final int TOO_BIG = 1009;

    /** The client read too slowly: its send buffer outgrew {@link LiveLimits#sendBufferBytes()}. */
    public static final int SLOW_CONSUMER = 4000;

    /** Nothing arrived from the client for two heartbeat intervals. */
    public static final int HEARTBEAT_TIMEOUT = 4001;

    private LiveCloseCodes() {}
}
