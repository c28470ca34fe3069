package dev.mizan.codegen.render;

import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.TypeExpr;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The input form of the IR's types: what a request may send. A nullable record field may be left
 * out of a request (the server binds a missing property as {@code null}), so in the input form it
 * is optional as well as nullable ({@code field?: T | null}); an answer always carries it
 * ({@code field: T | null}). A type whose input form differs (it has such a field, or refers to a
 * type that has) and that only requests carry is declared in its input form under its own name; one
 * that answers carry too keeps its name for the answer form and gets a second declaration
 * {@code <Name>Input} for the input form.
 */
final class InputForms {

    private final IrIndex index;

    /** IR name → the TypeScript name of its input form, for the types whose input form differs. */
    private final Map<String, String> names = new TreeMap<>();

    private InputForms(IrIndex index) {
        this.index = index;
    }

    static InputForms of(IrDocument ir, IrIndex index) {
        InputForms forms = new InputForms(index);
        Set<String> inputs = new HashSet<>();
        Set<String> outputs = new HashSet<>();
        for (IrFunction f : ir.functions()) {
            f.params().forEach(p -> forms.reach(p.type(), inputs));
            forms.reach(f.output(), outputs);
        }
        for (IrContext c : ir.contexts()) {
            c.params().forEach(p -> forms.reach(p.type(), inputs));
        }
        Set<String> differing = forms.differing(inputs);
        for (String name : differing) {
            forms.names.put(name, outputs.contains(name) ? name + "Input" : name);
        }
        return forms;
    }

    /** The TypeScript name of {@code irName}'s input form, when it differs from the answer form. */
    String inputName(String irName) {
        String name = names.get(irName);
        return name == null ? irName : name;
    }

    /** True when {@code irName} is declared in its input form (under its own name or {@code <Name>Input}). */
    boolean hasInputForm(String irName) {
        return names.containsKey(irName);
    }

    /** True when {@code irName}'s input form needs a second declaration beside its answer form. */
    boolean hasSeparateInputForm(String irName) {
        String name = names.get(irName);
        return name != null && !name.equals(irName);
    }

    /** The names of the separate input-form declarations, for the name check. */
    Set<String> separateNames() {
        Set<String> out = new java.util.TreeSet<>();
        names.forEach((ir, ts) -> {
            if (!ir.equals(ts)) {
                out.add(ts);
            }
        });
        return out;
    }

    /** True when a field of this type is optional in the input form: nullable and not already optional. */
    static boolean omittable(IrField field) {
        return field.optional() || field.type().nullable();
    }

    /** Adds the named types {@code type} reaches to {@code seen}. */
    private void reach(TypeExpr type, Set<String> seen) {
        Deque<TypeExpr> work = new ArrayDeque<>();
        work.push(type);
        while (!work.isEmpty()) {
            switch (work.pop()) {
                case TypeExpr.ListOf l -> work.push(l.element());
                case TypeExpr.SetOf s -> work.push(s.element());
                case TypeExpr.MapOf m -> {
                    work.push(m.key());
                    work.push(m.value());
                }
                case TypeExpr.Named n -> {
                    n.args().forEach(work::push);
                    if (seen.add(n.name())) {
                        IrType t = index.type(n.name());
                        if (t != null) {
                            members(t).forEach(work::push);
                        }
                    }
                }
                case TypeExpr.PrimType p -> {}
                case TypeExpr.NumberString ns -> {}
                case TypeExpr.TypeVar v -> {}
            }
        }
    }

    private static java.util.List<TypeExpr> members(IrType type) {
        return switch (type) {
            case IrType.RecordType r -> {
                java.util.List<TypeExpr> out = new java.util.ArrayList<>();
                r.fields().forEach(f -> out.add(f.type()));
                if (r.additional() != null) {
                    out.add(r.additional());
                }
                yield out;
            }
            case IrType.UnionType u ->
                u.variants().stream().map(IrVariant::type).toList();
            case IrType.EnumType e -> java.util.List.of();
        };
    }

    /** The types among {@code inputs} whose input form differs: a fixed point over their references. */
    private Set<String> differing(Set<String> inputs) {
        Set<String> out = new HashSet<>();
        for (String name : inputs) {
            if (index.type(name) instanceof IrType.RecordType r
                    && r.fields().stream().anyMatch(f -> f.type().nullable() && !f.optional())) {
                out.add(name);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String name : inputs) {
                IrType t = index.type(name);
                if (t != null && !out.contains(name) && members(t).stream().anyMatch(m -> refersTo(m, out))) {
                    out.add(name);
                    grew = true;
                }
            }
        }
        return out;
    }

    private static boolean refersTo(TypeExpr type, Set<String> names) {
        return switch (type) {
            case TypeExpr.ListOf l -> refersTo(l.element(), names);
            case TypeExpr.SetOf s -> refersTo(s.element(), names);
            case TypeExpr.MapOf m -> refersTo(m.key(), names) || refersTo(m.value(), names);
            case TypeExpr.Named n ->
                names.contains(n.name()) || n.args().stream().anyMatch(a -> refersTo(a, names));
            case TypeExpr.PrimType p -> false;
            case TypeExpr.NumberString ns -> false;
            case TypeExpr.TypeVar v -> false;
        };
    }
}
