package dev.mizan.conformance.suite;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mizan.ir.IrReader;
import dev.mizan.ir.edge.EdgeManifests;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The edge manifest (MIZAN.md §5): served at {@code {base}/edge/manifest/}, in the format of
 * docs/edge-manifest.schema.json, equal to the manifest exported from the fixture's IR; answers of
 * the contexts it lists name the permission key they were computed under, for every caller class.
 */
@ExtendWith(ConformanceServer.class)
class EdgeManifestProbe {

    private static JsonNode manifest(Wire wire) {
        Reply reply = wire.anonymous().get("/edge/manifest/");
        assertThat(reply.status()).as("GET /edge/manifest/").isEqualTo(200);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        return reply.json();
    }

    @Test
    void the_manifest_follows_the_schema_and_lists_the_fixtures_cacheable_contexts(Wire wire) {
        JsonNode m = manifest(wire);
        assertThat(Set.copyOf(m.propertyNames()))
                .isEqualTo(
                        Set.of("version", "base_path", "mwt_cookie", "without_mwt", "contexts", "not_cached", "pages"));
        assertThat(m.get("version").asInt()).isEqualTo(1);
        assertThat(m.get("base_path").asString()).startsWith("/");
        assertThat(m.get("mwt_cookie").asString()).isEqualTo("mizan_mwt");
        assertThat(m.get("without_mwt").asString()).isIn("anon", "pass");
        for (JsonNode c : m.get("contexts")) {
            assertThat(Set.copyOf(c.propertyNames())).isEqualTo(Set.of("name", "rev", "scope", "ttl", "params"));
            assertThat(c.get("scope").asString()).isIn("class", "public");
            assertThat(c.get("ttl").asLong()).isPositive();
            for (JsonNode p : c.get("params")) {
                assertThat(Set.copyOf(p.propertyNames())).isEqualTo(Set.of("name", "type", "required"));
                assertThat(p.get("type").asString()).isIn("int", "long", "string", "boolean");
            }
        }
        JsonNode catalog = m.get("contexts")
                .valueStream()
                .filter(c -> c.get("name").asString().equals("catalog"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("catalog is edge-cacheable: both members are @Cached"));
        assertThat(catalog.get("rev").asInt()).isEqualTo(3);
        assertThat(catalog.get("ttl").asLong()).isEqualTo(300);
        assertThat(catalog.get("scope").asString()).isEqualTo("class");
        assertThat(catalog.get("params").get(0).get("name").asString()).isEqualTo("itemId");
        assertThat(catalog.get("params").get(0).get("type").asString()).isEqualTo("long");
        assertThat(m.get("not_cached").get("cart").asString()).contains("scope user");
        for (JsonNode page : m.get("pages")) {
            assertThat(page.get("path").asString()).startsWith("/");
            assertThat(page.get("render_strategy").asString()).isIn("ssr", "csr", "static", "edge");
            assertThat(page.get("contexts").isArray()).isTrue();
            assertThat(page.has("ttl"))
                    .isEqualTo(page.get("render_strategy").asString().equals("edge"));
        }
    }

    @Test
    void the_served_manifest_is_the_one_exported_from_the_fixture_ir(Wire wire) {
        Reply served = wire.anonymous().get("/edge/manifest/");
        JsonNode m = served.json();
        String exported = EdgeManifests.fromIr(
                        IrReader.read(wire.ir()),
                        m.get("base_path").asString(),
                        m.get("without_mwt").asString())
                .toJsonText();
        assertThat(Json.MAPPER.readTree(served.text())).isEqualTo(Json.MAPPER.readTree(exported));
    }

    @Test
    void answers_of_a_cacheable_context_name_their_perm_for_every_class(Wire wire) {
        Map<String, Agent> agents = Map.of(
                "anon", wire.anonymous(),
                "auth", wire.user(),
                "staff", wire.staff(),
                "superuser", wire.superuser());
        for (Map.Entry<String, Agent> e : agents.entrySet()) {
            Reply reply = e.getValue().context("catalog", "itemId=4");
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.header("X-Mizan-Perm")).as(e.getKey()).isEqualTo(e.getKey());
            assertThat(reply.json().get("catalog_item").get("seenAs").asString())
                    .isEqualTo(e.getKey());
            assertThat(reply.header("ETag")).as(e.getKey()).matches("\"[^\"]+\"");
            assertThat(reply.header("Cache-Control"))
                    .as(e.getKey())
                    .contains("private")
                    .doesNotContain("public");
            Reply cart = e.getValue().context("cart", "");
            assertThat(cart.header("X-Mizan-Perm"))
                    .as("cart is not edge-cacheable")
                    .isNull();
            assertThat(cart.header("Cache-Control")).isEqualTo("no-store");
        }
        Reply refused = wire.anonymous().context("catalog", "itemId=x");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("X-Mizan-Perm")).isNull();
        assertThat(List.of(refused.header("Cache-Control"))).containsExactly("no-store");
    }
}
