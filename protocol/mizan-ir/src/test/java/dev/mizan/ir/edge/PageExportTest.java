package dev.mizan.ir.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mizan.core.Page;
import dev.mizan.core.RenderStrategy;
import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.registry.Registry;
import dev.mizan.ir.IrException;
import dev.mizan.ir.IrReader;
import dev.mizan.ir.IrWriter;
import dev.mizan.ir.build.IrBuilder;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrPage;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

/** Page declarations reach the IR and the edge manifest, and their rules hold for any IR document. */
class PageExportTest {

    @Page(
            path = "/items/{itemId}",
            render = RenderStrategy.EDGE,
            embeds = {"catalog", "site"})
    @Page(path = "/cart", render = RenderStrategy.SSR, embeds = "cart")
    @Page(path = "/about", render = RenderStrategy.STATIC, embeds = "site")
    @Page(path = "/", render = RenderStrategy.CSR)
    static class ShopPages {}

    static IrDocument ir() {
        Registry registry = Registry.builder()
                .add(EdgeManifestsTest.Shop.class)
                .add(ShopPages.class)
                .build();
        return IrBuilder.build(registry, new ObjectMapper(), Javadocs.none());
    }

    @Test
    void writes_pages_after_channels_sorted_by_path_and_reads_them_back() {
        String text = IrWriter.toText(ir());
        assertThat(text).contains("""
                        page "/" {
                            render csr
                        }
                        page "/about" {
                            render static
                            embeds site
                        }
                        page "/cart" {
                            render ssr
                            embeds cart
                        }
                        page "/items/{itemId}" {
                            render edge
                            embeds catalog site
                        }
                        type\s""");
        assertThat(IrReader.read(text).pages()).isEqualTo(ir().pages());
        assertThat(IrWriter.toText(IrReader.read(text))).isEqualTo(text);
    }

    @Test
    void the_manifest_lists_every_page_with_its_strategy_contexts_and_edge_ttl() {
        Registry registry = Registry.builder()
                .add(EdgeManifestsTest.Shop.class)
                .add(ShopPages.class)
                .build();
        EdgeManifest fromRegistry = EdgeManifest.of(registry, "/api/mizan", "anon");
        EdgeManifest fromIr = EdgeManifests.fromIr(IrReader.read(IrWriter.toText(ir())), "/api/mizan", "anon");
        assertThat(fromIr.toJsonText()).isEqualTo(fromRegistry.toJsonText());
        assertThat(fromIr.pages())
                .containsExactly(
                        new EdgeManifest.PageRoute("/", RenderStrategy.CSR, List.of(), 0),
                        new EdgeManifest.PageRoute("/about", RenderStrategy.STATIC, List.of("site"), 0),
                        new EdgeManifest.PageRoute("/cart", RenderStrategy.SSR, List.of("cart"), 0),
                        new EdgeManifest.PageRoute(
                                "/items/{itemId}", RenderStrategy.EDGE, List.of("catalog", "site"), 90));
        assertThat(fromIr.toJson().get("pages").get(3).toString())
                .isEqualTo("{\"path\":\"/items/{itemId}\",\"render_strategy\":\"edge\","
                        + "\"contexts\":[\"catalog\",\"site\"],\"ttl\":90}");
        assertThat(fromIr.toJson().get("pages").get(2).has("ttl")).isFalse();
    }

    @Test
    void an_ir_whose_edge_page_embeds_a_user_context_is_refused_naming_page_and_context() {
        IrDocument good = ir();
        IrDocument bad = new IrDocument(
                good.version(),
                good.functions(),
                good.contexts(),
                good.types(),
                good.channels(),
                List.of(new IrPage("/mine", RenderStrategy.EDGE, List.of("cart"))));
        assertThatThrownBy(() -> EdgeManifests.fromIr(bad, "/api/mizan", "anon"))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("page /mine (edge) embeds context 'cart' of scope user");
        String text = IrWriter.toText(bad);
        assertThatThrownBy(() -> IrReader.read(text))
                .isInstanceOf(IrException.class)
                .hasMessageContaining("page /mine (edge) embeds context 'cart' of scope user");
        String unknown = text.replace("render edge", "render sometimes");
        assertThatThrownBy(() -> IrReader.read(unknown)).hasMessageContaining("unknown render strategy 'sometimes'");
    }
}
