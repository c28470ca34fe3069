package dev.mizan.core.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A {@link CacheTag} as stored in the Redis index: {@code {"m": MEMBER, "p": {PARAM: CANONICAL_JSON}}}. */
final class TagCodec {

    private final JsonMapper mapper = JsonMapper.builder().build();

    byte[] write(CacheTag tag) {
        ObjectNode node = mapper.createObjectNode();
        node.put("m", tag.member());
        ObjectNode params = node.putObject("p");
        tag.params().forEach(params::put);
        return mapper.writeValueAsBytes(node);
    }

    /** The tag, or {@code null} when the bytes are not one (then the entry is purged). */
    @Nullable
    CacheTag read(String context, byte[] bytes) {
        try {
            JsonNode node = mapper.readTree(bytes);
            JsonNode member = node.get("m");
            JsonNode p = node.get("p");
            if (member == null || !member.isString() || p == null || !p.isObject()) {
                return null;
            }
            Map<String, String> params = new LinkedHashMap<>();
            p.properties().forEach(e -> params.put(e.getKey(), e.getValue().asString()));
            return new CacheTag(context, member.stringValue(), params);
        } catch (JacksonException e) {
            return null;
        }
    }
}
