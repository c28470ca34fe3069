package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.ContextView;
import dev.mizan.codegen.view.ContextsFile;
import dev.mizan.codegen.view.FieldView;
import dev.mizan.codegen.view.MemberView;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.TypeExpr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Builds the views of contexts and of the contexts module. */
final class ContextViews {

    /** The reserved name of the parameterless singleton context. */
    static final String GLOBAL = "global";

    private final IrDocument ir;
    private final IrIndex index;
    private final TsTypes ts;
    private final TsTypes inputTs;

    /**
     * @param ts the answer form of types, for the slots
     * @param inputTs the input form of types, for the params
     */
    ContextViews(IrDocument ir, IrIndex index, TsTypes ts, TsTypes inputTs) {
        this.ir = ir;
        this.index = index;
        this.ts = ts;
        this.inputTs = inputTs;
    }

    ContextsFile file() {
        TsTypes.Uses uses = TsTypes.Uses.create();
        List<ContextView> views = sorted().stream().map(c -> view(c, uses)).toList();
        Set<String> kernelTypes = new TreeSet<>(uses.kernel());
        if (!views.isEmpty()) {
            kernelTypes.add("ContextDescriptor");
            kernelTypes.add("MizanError");
        }
        Imports imports = new Imports().add("@mizan/base", List.of(), kernelTypes);
        if (!views.isEmpty()) {
            imports.add("./runtime", List.of("mizanClient"), List.of("CallOptions", "ClientFailureCode"));
        }
        imports.add("./types", List.of(), uses.types());
        return new ContextsFile(GeneratedFile.HEADER, imports.build(), views);
    }

    /** Every context, sorted by name. */
    List<IrContext> sorted() {
        return ir.contexts().stream()
                .sorted(Comparator.comparing(IrContext::name))
                .toList();
    }

    /** The view of one context; adds the names its types refer to to {@code uses}. */
    ContextView view(IrContext context, TsTypes.Uses uses) {
        List<FieldView> params = context.params().stream()
                .sorted(Comparator.comparing(IrContextParam::name))
                .map(p -> new FieldView(TsNames.propertyKey(p.name()), !p.required(), inputTs.render(p.type(), uses)))
                .toList();
        List<MemberView> members = new ArrayList<>();
        Set<String> errors = new TreeSet<>();
        Map<String, TypeExpr> validated = new TreeMap<>();
        for (IrFunction member : members(context)) {
            members.add(member(context, member, uses));
            errors.addAll(member.errors());
            if (member.errors().contains("VALIDATION_FAILED")) {
                member.params().forEach(p -> validated.put(p.name(), p.type()));
            }
        }
        String pascal = TsNames.pascal(context.name());
        return new ContextView(
                TsNames.literal(context.name()),
                context.name(),
                pascal,
                TsNames.camel(context.name()) + "Context",
                context.rev(),
                context.live(),
                params,
                members,
                FunctionViews.errorUnion(errors),
                validated.isEmpty() ? "never" : FieldPaths.union(index, validated));
    }

    /** The member functions of a context, sorted by name (members the IR lacks are reported by the check). */
    List<IrFunction> members(IrContext context) {
        return context.members().stream()
                .sorted()
                .map(index::function)
                .filter(Objects::nonNull)
                .toList();
    }

    private MemberView member(IrContext context, IrFunction member, TsTypes.Uses uses) {
        String slot = "Slot `" + member.name() + "` of the `" + context.name() + "` context; `undefined` until loaded.";
        return new MemberView(
                TsNames.propertyKey(member.name()),
                TsNames.optionalAccess(member.name()),
                ts.render(member.output(), uses),
                "use" + TsNames.pascal(member.name()),
                Docs.of(List.of(Docs.javadoc(member), slot)));
    }
}
