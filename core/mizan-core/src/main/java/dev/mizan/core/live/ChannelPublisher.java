package dev.mizan.core.live;

import java.util.Map;

/**
 * Publishes channel messages from server code (MIZAN.md §4 "Channels"): to every socket joined to
 * the channel instance, on every instance that shares the live log. A Spring bean on the starter;
 * {@code Mizan#channels()} on Vert.x.
 */
@FunctionalInterface
public interface ChannelPublisher {

    /**
     * Publishes {@code message} on the instance of {@code channel} named by {@code params} (param
     * name → value, as the channel's method names them); returns the message's {@code seq}. The
     * channel's method does not run: server code is trusted.
     *
     * @throws IllegalArgumentException for an unknown channel, a message of another type, or
     *     params that do not bind
     */
    long publish(String channel, Map<String, ?> params, Object message);
}
