package dev.mizan.ir.edge;

import dev.mizan.core.edge.EdgeManifest;
import dev.mizan.ir.IrException;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The edge manifest of an IR document: the same document, byte for byte, as the one the origin
 * builds from its registry ({@link EdgeManifest#of}) and serves at {@code {base}/edge/manifest/}.
 */
public final class EdgeManifests {

    private EdgeManifests() {}

    /**
     * The manifest of {@code doc}; {@code withoutMwt} is {@code anon} or {@code pass}.
     *
     * @throws IrException listing the pages that break the page rules (a {@code static} or {@code edge}
     *     page embedding a per-user context, for one)
     */
    public static EdgeManifest fromIr(IrDocument doc, String basePath, String withoutMwt) {
        List<EdgeManifest.CacheableContext> cacheable = new ArrayList<>();
        Map<String, String> skipped = new TreeMap<>();
        for (IrContext context : doc.contexts()) {
            String why = null;
            long ttl = Long.MAX_VALUE;
            for (String name : context.members()) {
                IrFunction m = doc.function(name);
                if (m == null) {
                    why = "member " + name + " is missing from the IR";
                    break;
                }
                if (m.cacheTtl() <= 0) {
                    why = "member " + m.name() + " is not @Cached";
                    break;
                }
                if (m.predicate() != null || !m.roles().isEmpty()) {
                    why = "member " + m.name()
                            + " needs roles or a predicate, which a permission class does not decide";
                    break;
                }
                ttl = Math.min(ttl, m.cacheTtl());
            }
            if (why == null && context.scope() == IrScope.USER) {
                why = "scope user: answers are per user, an MWT carries a permission class";
            }
            List<EdgeManifest.KeyParam> params = new ArrayList<>();
            if (why == null) {
                for (IrContextParam p : context.params()) {
                    String type = paramType(doc, p.type());
                    if (type == null) {
                        why = "param " + p.name() + " has a type the edge does not bind";
                        break;
                    }
                    params.add(new EdgeManifest.KeyParam(p.name(), type, p.required()));
                }
            }
            if (why != null || context.members().isEmpty()) {
                skipped.put(context.name(), why == null ? "no members" : why);
            } else {
                cacheable.add(new EdgeManifest.CacheableContext(
                        context.name(), context.rev(), context.scope().wireName(), ttl, params));
            }
        }
        List<String> problems = IrPageRules.problems(doc);
        if (!problems.isEmpty()) {
            throw new IrException("the pages cannot be served as declared:\n  " + String.join("\n  ", problems));
        }
        List<EdgeManifest.PageRoute> pages = doc.pages().stream()
                .map(p -> new EdgeManifest.PageRoute(p.path(), p.render(), p.embeds(), IrPageRules.ttl(doc, p)))
                .toList();
        return new EdgeManifest(basePath, withoutMwt, cacheable, skipped, pages);
    }

    private static @Nullable String paramType(IrDocument doc, TypeExpr type) {
        if (type instanceof TypeExpr.PrimType p) {
            return switch (p.prim()) {
                case INT -> "int";
                case LONG -> "long";
                case STRING -> "string";
                case BOOLEAN -> "boolean";
                default -> null;
            };
        }
        if (type instanceof TypeExpr.Named n && doc.type(n.name()) instanceof IrType.EnumType) {
            return "string";
        }
        return null;
    }
}
