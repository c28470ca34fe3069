package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Cache keys (MIZAN.md §5) as the server derives them: for every vector of
 * {@code conformance/cache-key-vectors.json} that names a fixture function, the probe fetches the
 * matching context as the caller of that permission key and compares the key the server reports
 * in {@code X-Mizan-Cache-Keys} (a debug header only the fixture turns on) with the vector's.
 */
@ExtendWith(ConformanceServer.class)
class CacheKeyVectorProbe {

    static final Path VECTORS = Path.of("../cache-key-vectors.json");

    private static List<JsonNode> vectors() throws IOException {
        JsonNode file = Json.MAPPER.readTree(Files.readString(VECTORS));
        return file.get("vectors").valueStream().toList();
    }

    @Test
    void the_vector_file_pins_at_least_40_keys(Wire wire) throws IOException {
        assertThat(vectors()).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void the_server_derives_the_key_of_every_fixture_vector(Wire wire) throws IOException {
        int checked = 0;
        for (JsonNode v : vectors()) {
            if (!v.get("name").asString().startsWith("fixture:")) {
                continue;
            }
            JsonNode input = Json.MAPPER.readTree(v.get("input").asString());
            String fn = input.get("fn").asString();
            String perm = input.get("perm").asString();
            Agent agent = agentFor(wire, perm);
            Reply reply = fn.equals("my_cart") ? agent.context("cart", "") : agent.context("catalog", query(v, input));

            assertThat(reply.status()).as(v.get("name").asString()).isEqualTo(200);
            assertThat(keys(reply).get(fn))
                    .as(v.get("name").asString())
                    .isEqualTo(v.get("key").asString());
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(5);
    }

    /** {@code itemId=N}; the vector about a leading zero sends {@code 07}, which binds to the same key. */
    private static String query(JsonNode vector, JsonNode input) {
        String id = input.get("params").get("itemId").asString();
        return "itemId=" + (vector.get("name").asString().contains("leading zero") ? "0" + id : id);
    }

    private static Agent agentFor(Wire wire, String perm) {
        return switch (perm) {
            case "anon" -> wire.anonymous();
            case "auth", "user:alice" -> wire.user();
            case "staff" -> wire.staff();
            case "superuser" -> wire.superuser();
            default -> throw new AssertionError("no fixture caller has permission key " + perm);
        };
    }

    static Map<String, String> keys(Reply reply) {
        String header = reply.header("X-Mizan-Cache-Keys");
        assertThat(header)
                .as("X-Mizan-Cache-Keys (mizan.cache.report-keys in the fixture)")
                .isNotNull();
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : header.split(",")) {
            String[] kv = pair.split("=", 2);
            out.put(kv[0], kv[1]);
        }
        return out;
    }
}
