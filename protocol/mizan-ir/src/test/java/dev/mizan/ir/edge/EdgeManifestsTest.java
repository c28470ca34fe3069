package dev.mizan.ir.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Auth;
import dev.mizan.core.AuthPredicate;
import dev.mizan.core.Cached;
import dev.mizan.core.Client;
import dev.mizan.core.ContextScope;
import dev.mizan.core.RequestHandle;
import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.registry.Registry;
import dev.mizan.ir.IrReader;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.IrBuilder;
import dev.mizan.ir.model.IrDocument;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** The manifest exported from the IR is the one the origin builds from its registry, byte for byte. */
class EdgeManifestsTest {

    public enum Sort {
        NEW,
        OLD
    }

    /** A predicate that lets everyone in. */
    public static final class Anyone implements AuthPredicate {
        @Override
        public boolean allows(RequestHandle request) {
            return true;
        }
    }

    public static class Shop {
        @Client(context = "catalog", cache = @Cached(ttl = "5m"))
        public String catalogItem(long itemId, Optional<Sort> sort) {
            return "";
        }

        @Client(context = "catalog", cache = @Cached(ttl = "90s"))
        public String catalogPrice(long itemId, boolean gross, int page, String currency) {
            return "";
        }

        @Client(context = "site", scope = ContextScope.PUBLIC, cache = @Cached(ttl = "1h"))
        public String banner() {
            return "";
        }

        @Client(context = "cart", scope = ContextScope.USER, cache = @Cached(ttl = "30s"))
        public String myCart() {
            return "";
        }

        @Client(context = "orders", cache = @Cached(ttl = "30s"))
        public String orders(java.time.LocalDate since) {
            return "";
        }

        @Client(context = "admin", auth = Auth.STAFF, roles = "ops", cache = @Cached(ttl = "30s"))
        public String adminPanel() {
            return "";
        }

        @Client(context = "vip", predicate = Anyone.class, cache = @Cached(ttl = "30s"))
        public String vipLounge() {
            return "";
        }

        @Client(context = "news")
        public String headlines() {
            return "";
        }

        @Client(affects = "catalog")
        public void renameItem(long itemId, String name) {}
    }

    static Registry registry() {
        return Registry.builder().add(Shop.class).build();
    }

    @Test
    void the_ir_and_the_registry_give_the_same_manifest() {
        Registry registry = registry();
        IrDocument ir = IrReader.read(IrWriter.toText(IrBuilder.build(registry, new ObjectMapper(), Javadocs.none())));
        String fromIr = EdgeManifests.fromIr(ir, "/api/mizan", "anon").toJsonText();
        assertThat(fromIr)
                .isEqualTo(EdgeManifest.of(registry, "/api/mizan", "anon").toJsonText());
    }

    @Test
    void keeps_class_and_public_contexts_whose_members_are_all_cached() {
        EdgeManifest manifest = EdgeManifest.of(registry(), "/api/mizan", "pass");
        assertThat(manifest.contexts())
                .extracting(EdgeManifest.CacheableContext::name)
                .containsExactly("catalog", "site");
        EdgeManifest.CacheableContext catalog = manifest.context("catalog");
        assertThat(catalog.ttl()).isEqualTo(90);
        assertThat(catalog.scope()).isEqualTo("class");
        assertThat(catalog.rev()).isEqualTo(2);
        assertThat(catalog.params())
                .containsExactly(
                        new EdgeManifest.KeyParam("currency", "string", false),
                        new EdgeManifest.KeyParam("gross", "boolean", false),
                        new EdgeManifest.KeyParam("itemId", "long", true),
                        new EdgeManifest.KeyParam("page", "int", false),
                        new EdgeManifest.KeyParam("sort", "string", false));
        assertThat(manifest.context("site").scope()).isEqualTo("public");
        assertThat(manifest.notCached())
                .containsEntry("cart", "scope user: answers are per user, an MWT carries a permission class")
                .containsEntry("orders", "param since has a type the edge does not bind")
                .containsEntry("news", "member headlines is not @Cached")
                .containsEntry(
                        "admin",
                        "member admin_panel needs roles or a predicate, which a permission class does not decide")
                .containsEntry(
                        "vip",
                        "member vip_lounge needs roles or a predicate, which a permission class does not decide");
        assertThat(manifest.toJson().get("without_mwt").asString()).isEqualTo("pass");
    }

    @Test
    void refuses_what_the_schema_refuses() {
        assertThatThrownBy(() -> new EdgeManifest("/api", "maybe", List.of(), java.util.Map.of()))
                .hasMessageContaining("without_mwt");
        assertThatThrownBy(() -> new EdgeManifest.CacheableContext("me", 1, "user", 30, List.of()))
                .hasMessageContaining("class or public");
        assertThatThrownBy(() -> new EdgeManifest.KeyParam("since", "date", true))
                .hasMessageContaining("date");
    }
}
