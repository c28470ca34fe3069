package dev.mizan.core.dispatch;

import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * One message published on a channel instance, ready to fan out.
 *
 * @param channel the channel's name
 * @param params the instance's params, bound and re-serialized (sorted by name)
 * @param message the message as JSON
 */
public record ChannelMessage(String channel, Map<String, JsonNode> params, JsonNode message) {

    public ChannelMessage {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }
}
