package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.ContextView;
import dev.mizan.codegen.view.FunctionView;
import dev.mizan.codegen.view.ReactFile;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Builds the view of the React module. */
final class ReactViews {

    private final FunctionViews functions;
    private final ContextViews contexts;
    private final TsTypes ts;

    ReactViews(FunctionViews functions, ContextViews contexts, TsTypes ts) {
        this.functions = functions;
        this.contexts = contexts;
        this.ts = ts;
    }

    ReactFile file() {
        TsTypes.Uses uses = TsTypes.Uses.create();
        ContextView global = null;
        List<ContextView> named = new ArrayList<>();
        for (IrContext context : contexts.sorted()) {
            ContextView view = contexts.view(context, TsTypes.Uses.create());
            contexts.members(context).forEach(m -> ts.render(m.output(), uses));
            if (context.name().equals(ContextViews.GLOBAL)) {
                global = view;
            } else {
                named.add(view);
            }
        }
        List<FunctionView> calls = new ArrayList<>();
        for (IrFunction function : functions.sorted()) {
            if (function.context() == null) {
                calls.add(functions.view(function, TsTypes.Uses.create()));
                ts.render(function.output(), uses);
            }
        }
        boolean needsNoParams =
                global != null || named.stream().anyMatch(c -> c.params().isEmpty());
        List<ContextView> all = new ArrayList<>(named);
        if (global != null) {
            all.add(global);
        }
        return new ReactFile(
                GeneratedFile.HEADER,
                imports(all, named, calls, uses, needsNoParams),
                global,
                named,
                calls,
                needsNoParams);
    }

    private static List<dev.mizan.codegen.view.ImportView> imports(
            List<ContextView> all,
            List<ContextView> named,
            List<FunctionView> calls,
            TsTypes.Uses uses,
            boolean needsNoParams) {
        boolean anyContext = !all.isEmpty();
        Set<String> reactValues = new TreeSet<>(List.of("createElement", "useMemo"));
        Set<String> kernelTypes = new TreeSet<>(List.of("ContextState", "MizanClient", "MizanError"));
        Set<String> bindings = new TreeSet<>(List.of("MizanProvider"));
        if (anyContext) {
            reactValues.addAll(List.of("createContext", "useContext"));
            bindings.add("useContextState");
        }
        if (!calls.isEmpty()) {
            bindings.add("useCall");
        }
        kernelTypes.addAll(List.of("MutateOptions", "MutationState"));
        if (needsNoParams) {
            kernelTypes.add("Params");
        }
        kernelTypes.addAll(uses.kernel());
        Set<String> contextValues = new TreeSet<>();
        Set<String> contextTypes = new TreeSet<>();
        for (ContextView c : all) {
            contextValues.add(c.descriptor());
            contextTypes.add(c.dataType());
            contextTypes.add(c.errorType());
        }
        named.stream().filter(c -> !c.params().isEmpty()).forEach(c -> contextTypes.add(c.paramsType()));
        Set<String> functionTypes = new TreeSet<>();
        Set<String> functionValues = new TreeSet<>();
        calls.forEach(f -> {
            functionTypes.add(f.argsType());
            functionTypes.add(f.errorType());
            if (f.isForm()) {
                functionValues.add(f.formConst());
                functionTypes.add(f.fieldPathType());
            }
        });
        boolean forms = calls.stream().anyMatch(FunctionView::isForm);
        return new Imports()
                .add("react", reactValues, List.of("ReactElement", "ReactNode"))
                .add("@mizan/base", List.of(), kernelTypes)
                .add("@mizan/react", bindings, List.of())
                .add(
                        "@mizan/react/forms",
                        forms ? List.of("useForm") : List.of(),
                        forms ? List.of("FormInit", "MizanForm") : List.of())
                .add("./runtime", List.of("DEFAULT_BASE_URL", "configureMizan"), List.of())
                .add("./contexts", contextValues, contextTypes)
                .add("./functions", functionValues, functionTypes)
                .add("./types", List.of(), uses.types())
                .build();
    }
}
