package dev.mizan.ir;

import dev.mizan.ir.edge.IrPageRules;
import dev.mizan.ir.kdl.KdlDocument;
import dev.mizan.ir.kdl.KdlNode;
import dev.mizan.ir.kdl.KdlPosition;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrPage;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks that the function and context names an IR document refers to are declared. */
final class References {

    private References() {}

    static void check(IrDocument doc, KdlDocument kdl) {
        Set<String> functions = doc.functions().stream().map(IrFunction::name).collect(Collectors.toSet());
        Set<String> contexts = doc.contexts().stream().map(IrContext::name).collect(Collectors.toSet());
        for (IrFunction f : doc.functions()) {
            KdlPosition at = position(kdl, "function", f.name());
            if (f.context() != null && !contexts.contains(f.context())) {
                throw KdlAccess.error("function '" + f.name() + "' names unknown context '" + f.context() + "'", at);
            }
            for (IrAffects a : f.affects()) {
                boolean known = a.slot() ? functions.contains(a.target()) : contexts.contains(a.target());
                if (!known) {
                    throw KdlAccess.error(
                            "function '" + f.name() + "' affects unknown " + (a.slot() ? "function" : "context") + " '"
                                    + a.target() + "'",
                            at);
                }
            }
            for (String m : f.merge()) {
                if (!contexts.contains(m)) {
                    throw KdlAccess.error("function '" + f.name() + "' merges into unknown context '" + m + "'", at);
                }
            }
        }
        for (IrContext c : doc.contexts()) {
            for (String member : c.members()) {
                if (!functions.contains(member)) {
                    throw KdlAccess.error(
                            "context '" + c.name() + "' names unknown member '" + member + "'",
                            position(kdl, "context", c.name()));
                }
            }
        }
        checkPages(doc, kdl);
    }

    private static void checkPages(IrDocument doc, KdlDocument kdl) {
        for (IrPage page : doc.pages()) {
            List<String> problems = IrPageRules.problems(new IrDocument(
                    doc.version(), doc.functions(), doc.contexts(), doc.types(), doc.channels(), List.of(page)));
            if (!problems.isEmpty()) {
                throw KdlAccess.error(problems.getFirst(), position(kdl, "page", page.path()));
            }
        }
    }

    private static KdlPosition position(KdlDocument kdl, String kind, String name) {
        return kdl.nodes().stream()
                .filter(n -> n.name().equals(kind) && !n.args().isEmpty())
                .filter(n -> KdlAccess.arg(n).equals(name))
                .map(KdlNode::position)
                .findFirst()
                .orElse(KdlPosition.NONE);
    }
}
