package dev.mizan.core.live;

import dev.mizan.core.dispatch.ChannelMessage;
import dev.mizan.core.dispatch.InvalidateEntry;
import dev.mizan.core.dispatch.MergeEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event as one JSON text, for a shared log: {@code {"i": [{"c", "p"?, "s"?}…], "m": [{"c", "s",
 * "v", "p"?, "k"}…], "ch"?: [{"n", "p", "v"}…]}} (context, params, slot, value, the mutating
 * caller's permission key; channel messages: channel name, params, message).
 */
final class LiveEventCodec {

    private final JsonMapper mapper;

    LiveEventCodec(JsonMapper mapper) {
        this.mapper = mapper;
    }

    String write(LiveEvent event) {
        ObjectNode root = mapper.createObjectNode();
        ArrayNode invalidate = root.putArray("i");
        for (InvalidateEntry e : event.invalidate()) {
            ObjectNode n = invalidate.addObject();
            n.put("c", e.context());
            params(n, e.params());
            if (e.slot() != null) {
                n.put("s", e.slot());
            }
        }
        ArrayNode merge = root.putArray("m");
        for (int i = 0; i < event.merge().size(); i++) {
            MergeEntry m = event.merge().get(i);
            ObjectNode n = merge.addObject();
            n.put("c", m.context());
            n.put("s", m.slot());
            n.set("v", m.value());
            params(n, m.params());
            n.put("k", event.mergeKeys().get(i));
        }
        if (!event.channel().isEmpty()) {
            ArrayNode channel = root.putArray("ch");
            for (ChannelMessage c : event.channel()) {
                ObjectNode n = channel.addObject();
                n.put("n", c.channel());
                params(n, c.params());
                n.set("v", c.message());
            }
        }
        return root.toString();
    }

    private static void params(ObjectNode into, @Nullable Map<String, JsonNode> params) {
        if (params != null) {
            ObjectNode p = into.putObject("p");
            params.forEach(p::set);
        }
    }

    /** The event with {@code seq}; throws on a text this codec did not write. */
    LiveEvent read(long seq, String text) {
        JsonNode root = mapper.readTree(text);
        List<InvalidateEntry> invalidate = new ArrayList<>();
        for (JsonNode n : root.get("i")) {
            invalidate.add(new InvalidateEntry(n.get("c").asString(), params(n), slot(n)));
        }
        List<MergeEntry> merge = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (JsonNode n : root.get("m")) {
            merge.add(new MergeEntry(n.get("c").asString(), n.get("s").asString(), n.get("v"), params(n)));
            keys.add(n.get("k").asString());
        }
        List<ChannelMessage> channel = new ArrayList<>();
        JsonNode ch = root.get("ch");
        if (ch != null) {
            for (JsonNode n : ch) {
                Map<String, JsonNode> p = params(n);
                channel.add(new ChannelMessage(n.get("n").asString(), p == null ? Map.of() : p, n.get("v")));
            }
        }
        return new LiveEvent(seq, invalidate, merge, keys, channel);
    }

    private static @Nullable String slot(JsonNode n) {
        JsonNode s = n.get("s");
        return s == null ? null : s.asString();
    }

    private static @Nullable Map<String, JsonNode> params(JsonNode n) {
        JsonNode p = n.get("p");
        if (p == null) {
            return null;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : p.properties()) {
            out.put(e.getKey(), e.getValue());
        }
        return out;
    }
}
