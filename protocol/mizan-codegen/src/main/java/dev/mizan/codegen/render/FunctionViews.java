package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.FieldView;
import dev.mizan.codegen.view.FunctionView;
import dev.mizan.codegen.view.FunctionsFile;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrForm;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.TypeExpr;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the views of server functions and of the functions module. */
final class FunctionViews {

    private final IrDocument ir;
    private final TsTypes ts;
    private final TsTypes inputTs;

    /**
     * @param ts the answer form of types, for results
     * @param inputTs the input form of types, for arguments
     */
    FunctionViews(IrDocument ir, TsTypes ts, TsTypes inputTs) {
        this.ir = ir;
        this.ts = ts;
        this.inputTs = inputTs;
    }

    FunctionsFile file() {
        TsTypes.Uses uses = TsTypes.Uses.create();
        List<FunctionView> views = sorted().stream().map(f -> view(f, uses)).toList();
        Set<String> kernelTypes = new TreeSet<>(uses.kernel());
        if (!views.isEmpty()) {
            kernelTypes.add("MizanError");
        }
        Imports imports = new Imports().add("@mizan/base", List.of(), kernelTypes);
        if (views.stream().anyMatch(FunctionView::isForm)) {
            imports.add("@mizan/base/forms", List.of(), List.of("FormDescriptor"));
        }
        if (!views.isEmpty()) {
            imports.add("./runtime", List.of("mizanClient"), List.of("CallOptions", "ClientFailureCode"));
        }
        imports.add("./types", List.of(), uses.types());
        return new FunctionsFile(GeneratedFile.HEADER, imports.build(), views);
    }

    /** Every function, sorted by protocol name. */
    List<IrFunction> sorted() {
        return ir.functions().stream()
                .sorted(Comparator.comparing(IrFunction::name))
                .toList();
    }

    /** The view of one function; adds the names its types refer to to {@code uses}. */
    FunctionView view(IrFunction function, TsTypes.Uses uses) {
        List<FieldView> args = function.params().stream()
                .sorted(Comparator.comparing(IrParam::name))
                .map(p -> new FieldView(TsNames.propertyKey(p.name()), p.optional(), inputTs.render(p.type(), uses)))
                .toList();
        String javadoc = Docs.javadoc(function);
        String facts = Docs.facts(function);
        String hookText = "Binds `" + function.name() + "` to a component: `mutate(args, {onSuccess, onError})` "
                + "calls it and never throws, `mutateAsync(args)` returns the promise; `status`, `data`, "
                + "`variables` and `error` follow the latest call.";
        return new FunctionView(
                TsNames.literal(function.name()),
                function.name(),
                TsNames.pascal(function.name()),
                Docs.of(List.of(javadoc, facts)),
                Docs.of(List.of(javadoc, hookText, facts)),
                args,
                args.stream().allMatch(FieldView::optional),
                ts.render(function.output(), uses),
                errorUnion(function.errors()),
                fieldPaths(function, ts.index()),
                function.form() == null ? null : formRules(function.form()));
    }

    /** The TypeScript literal of a form's rules: one object per field, in the IR's (path) order. */
    static String formRules(IrForm form) {
        StringBuilder out = new StringBuilder("[\n");
        for (IrForm.Field field : form.fields().stream()
                .sorted(Comparator.comparing(IrForm.Field::path))
                .toList()) {
            out.append("    { path: ").append(TsNames.literal(field.path()));
            if (field.required()) {
                out.append(", required: true");
            }
            if (field.defaultJson() != null) {
                out.append(", default: ").append(field.defaultJson().strip());
            }
            out.append(", constraints: [");
            List<String> constraints = new java.util.ArrayList<>();
            for (IrForm.Constraint c : field.constraints()) {
                List<String> params = new java.util.ArrayList<>();
                c.params().forEach((k, v) -> params.add(TsNames.propertyKey(k) + ": " + tsValue(v)));
                constraints.add("{ name: " + TsNames.literal(c.name()) + ", params: {"
                        + (params.isEmpty() ? "" : " " + String.join(", ", params) + " ") + "} }");
            }
            out.append(String.join(", ", constraints)).append("] },\n");
        }
        return out.append("  ]").toString();
    }

    private static String tsValue(Object v) {
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return TsNames.literal(String.valueOf(v));
    }

    /**
     * The paths a {@code VALIDATION_FAILED} answer of {@code function} can name, as a TypeScript
     * type; {@code never} when it cannot answer with that code.
     */
    static String fieldPaths(IrFunction function, IrIndex index) {
        if (!function.errors().contains("VALIDATION_FAILED")) {
            return "never";
        }
        Map<String, TypeExpr> inputs = new LinkedHashMap<>();
        function.params().forEach(p -> inputs.put(p.name(), p.type()));
        return FieldPaths.union(index, inputs);
    }

    /** The error codes as a union of string literals, sorted; {@code never} when there are none. */
    static String errorUnion(Collection<String> codes) {
        if (codes.isEmpty()) {
            return "never";
        }
        return new TreeSet<>(codes).stream().map(TsNames::literal).collect(Collectors.joining(" | "));
    }
}
