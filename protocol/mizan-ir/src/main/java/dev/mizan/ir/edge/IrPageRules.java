package dev.mizan.ir.edge;

import dev.mizan.core.ContextScope;
import dev.mizan.core.RenderStrategy;
import dev.mizan.core.registry.PageRules;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrPage;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The page rules ({@link PageRules}) applied to an IR document, so that a document written by any
 * backend, or by hand, is held to what the JVM checks at startup.
 */
public final class IrPageRules {

    private IrPageRules() {}

    /** Every problem of the document's pages, each naming the page and the context at fault. */
    public static List<String> problems(IrDocument doc) {
        List<String> out = new ArrayList<>();
        for (IrPage page : doc.pages()) {
            out.addAll(PageRules.problems(page.path(), page.render(), page.embeds(), name -> embedded(doc, name)));
        }
        return out;
    }

    /** The TTL an edge keeps a page for: the shortest of its contexts' for an {@code edge} page, else 0. */
    public static long ttl(IrDocument doc, IrPage page) {
        return page.render() == RenderStrategy.EDGE ? PageRules.edgeTtl(page.embeds(), name -> embedded(doc, name)) : 0;
    }

    static PageRules.@Nullable Embedded embedded(IrDocument doc, String name) {
        IrContext context = doc.context(name);
        if (context == null) {
            return null;
        }
        String notShareable = null;
        long ttl = Long.MAX_VALUE;
        for (String memberName : context.members()) {
            IrFunction m = doc.function(memberName);
            if (m == null) {
                continue;
            }
            if (m.cacheTtl() <= 0) {
                notShareable = notShareable == null ? "member " + m.name() + " is not @Cached" : notShareable;
                ttl = 0;
            } else {
                ttl = Math.min(ttl, m.cacheTtl());
            }
            if ((m.predicate() != null || !m.roles().isEmpty()) && notShareable == null) {
                notShareable = "member " + m.name() + " needs roles or a predicate, which a permission class"
                        + " does not decide";
            }
        }
        ContextScope scope = ContextScope.valueOf(context.scope().name());
        return new PageRules.Embedded(scope, notShareable, ttl == Long.MAX_VALUE ? 0 : ttl);
    }
}
