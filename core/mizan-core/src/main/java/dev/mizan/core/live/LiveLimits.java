package dev.mizan.core.live;

import java.time.Duration;

/**
 * The bounds of the live transport; each is configurable in the adapter.
 *
 * @param maxFrameBytes largest accepted client frame (UTF-8 bytes); a larger one gets a {@code
 *     PAYLOAD_TOO_LARGE} error frame
 * @param maxSubscriptions context instances one socket may subscribe to, plus channel instances it
 *     joined, at once
 * @param maxSocketsPerUser sockets one signed-in user may hold open at once (anonymous sockets are
 *     not counted per user)
 * @param sendBufferBytes frames queued for one socket and not yet written; beyond it the socket is
 *     closed with {@link LiveCloseCodes#SLOW_CONSUMER}
 * @param heartbeat how often the server pings; a socket silent for two intervals is closed
 * @param maxCallsInFlight calls of one socket running at once; more get an error frame
 * @param framesPerSecond frames one socket may send per second (with as many in a burst); excess
 *     frames get an error frame, and a socket that keeps flooding is closed
 */
public record LiveLimits(
        int maxFrameBytes,
        int maxSubscriptions,
        int maxSocketsPerUser,
        long sendBufferBytes,
        Duration heartbeat,
        int maxCallsInFlight,
        int framesPerSecond) {

    public LiveLimits {
        if (maxFrameBytes < 1024
                || maxSubscriptions < 1
                || maxSocketsPerUser < 1
                || sendBufferBytes < 1024
                || heartbeat.isNegative()
                || heartbeat.isZero()
                || maxCallsInFlight < 1
                || framesPerSecond < 1) {
            throw new IllegalArgumentException("live limits out of range: " + heartbeat);
        }
    }

    /** 64 KiB frames, 256 subscriptions, 16 sockets per user, 1 MiB send buffer, 25 s heartbeat, 16 calls, 200 frames/s. */
    public static LiveLimits defaults() {
        return new LiveLimits(64 * 1024, 256, 16, 1024 * 1024, Duration.ofSeconds(25), 16, 200);
    }
}
