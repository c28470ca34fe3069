package dev.mizan.codegen.render;

import dev.mizan.codegen.Target;
import dev.mizan.codegen.view.ContextView;
import dev.mizan.codegen.view.FunctionView;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds clashes between the names the generated modules declare, import or re-export: two IR
 * names spelled alike in TypeScript, or an IR type named like a kernel or generated name.
 */
final class NameCheck {

    /** Names the generated modules declare or import whatever the IR holds. */
    private static final List<String> FIXED = List.of("""
            Array Error Partial Promise Record AbortSignal ReadonlyArray
            string number boolean void null never unknown any object undefined
            ContextDescriptor ContextState ContextStatus ErrorCode Json MizanClient MizanClientOptions
            MizanError Params MizanProvider useCall useContextState useMizan MutateOptions MutationState
            createContext createElement useContext useMemo ReactElement ReactNode
            CallOptions ClientFailureCode DEFAULT_BASE_URL configureMizan mizanClient
            MizanContext MizanContextProps MizanMutation TypedContextState NO_PARAMS GlobalContextProvider
            """.strip().split("\\s+"));

    /** Names only the Vue module declares or imports. */
    private static final List<String> VUE = List.of("""
            App ComputedRef MaybeRefOrGetter computed DehydratedState ContextRefs MutationRefs
            provideMizanClient createMizan MizanOptions MizanPlugin
            """.strip().split("\\s+"));

    /** Names only the Svelte module declares or imports. */
    private static final List<String> SVELTE = List.of("""
            DehydratedState ContextRune MutationRune setMizanClient setupMizan MizanOptions MizanSlot
            """.strip().split("\\s+"));

    private final Map<String, String> owners = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    private NameCheck() {
        FIXED.forEach(name -> owners.put(name, "the generated runtime"));
    }

    static List<String> problems(IrDocument ir, List<FunctionView> functions, List<ContextView> contexts) {
        return problems(ir, functions, contexts, Target.REACT, InputForms.of(ir, new IrIndex(ir)));
    }

    /** The clashes of generated names with each other and with the fixed names of {@code target}'s modules. */
    static List<String> problems(
            IrDocument ir, List<FunctionView> functions, List<ContextView> contexts, Target target, InputForms forms) {
        NameCheck check = new NameCheck();
        List<String> extra = target == Target.VUE ? VUE : target == Target.SVELTE ? SVELTE : List.of();
        extra.forEach(name -> check.owners.putIfAbsent(name, "the generated runtime"));
        for (IrType type : ir.types()) {
            String owner = "type " + type.name();
            check.claim(type.name(), owner);
            if (type instanceof IrType.EnumType e) {
                check.claim(TypeViews.valuesConst(e.name()), owner);
            }
        }
        for (IrType type : ir.types()) {
            if (forms.hasSeparateInputForm(type.name())) {
                check.claim(forms.inputName(type.name()), "type " + type.name());
            }
        }
        for (FunctionView f : functions) {
            String owner = "function " + f.wireName();
            for (String name : List.of(
                    f.callName(), f.hookName(), f.argsType(), f.errorCodeType(), f.fieldPathType(), f.errorType())) {
                check.claim(name, owner);
            }
        }
        for (ContextView c : contexts) {
            String owner = "context " + c.wireName();
            for (String name : List.of(
                    c.descriptor(),
                    c.fetchName(),
                    c.hookName(),
                    c.provider(),
                    c.paramsType(),
                    c.propsType(),
                    c.dataType(),
                    c.stateType(),
                    c.errorCodeType(),
                    c.fieldPathType(),
                    c.errorType(),
                    c.reactContext())) {
                check.claim(name, owner);
            }
        }
        return List.copyOf(check.problems);
    }

    private void claim(String name, String owner) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null && !previous.equals(owner)) {
            problems.add(owner + ": the generated name " + name + " clashes with " + previous);
        }
    }
}
