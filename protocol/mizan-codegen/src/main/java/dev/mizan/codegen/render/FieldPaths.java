package dev.mizan.codegen.render;

import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.TypeExpr;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The keys of {@code details.fields} in a {@code VALIDATION_FAILED} answer, as a TypeScript type:
 * the paths into a request's input, spelled as the server spells them (docs/protocol.md). An
 * argument is its name ({@code task}); a record field follows a dot ({@code task.title}); a list
 * element its index ({@code task.items[0]}), a set element empty brackets ({@code task.labels[]}),
 * a map value its key ({@code settings[theme]}). Every prefix is a path too (a constraint on the
 * record itself is reported under {@code task}). Indexes and keys are template-literal
 * placeholders; a type that contains itself ends in {@code .${string}} where it recurs. Past
 * {@link #LIMIT} paths the type is plain {@code string}.
 */
final class FieldPaths {

    /** At most this many paths are spelled out; a larger input's paths are typed {@code string}. */
    static final int LIMIT = 500;

    /** Placeholders while paths are collected (a wire name never holds a NUL). */
    private static final String NUMBER = "\u0000n";

    private static final String STRING = "\u0000s";

    private final IrIndex index;
    private final Set<String> paths = new LinkedHashSet<>();

    private FieldPaths(IrIndex index) {
        this.index = index;
    }

    /**
     * The union of the paths under {@code inputs} (wire name → type), sorted; {@code never} when
     * there are none, {@code string} past the limit.
     */
    static String union(IrIndex index, Map<String, TypeExpr> inputs) {
        FieldPaths out = new FieldPaths(index);
        try {
            inputs.forEach((name, type) -> out.expand(name, type, Map.of(), new ArrayDeque<>()));
        } catch (TooMany e) {
            return "string";
        }
        if (out.paths.isEmpty()) {
            return "never";
        }
        return out.paths.stream().sorted().map(FieldPaths::spell).collect(Collectors.joining(" | "));
    }

    private void expand(String prefix, TypeExpr type, Map<String, TypeExpr> vars, Deque<String> stack) {
        add(prefix);
        switch (type) {
            case TypeExpr.ListOf l -> expand(prefix + "[" + NUMBER + "]", l.element(), vars, stack);
            case TypeExpr.SetOf s -> expand(prefix + "[]", s.element(), vars, stack);
            case TypeExpr.MapOf m -> expand(prefix + "[" + STRING + "]", m.value(), vars, stack);
            case TypeExpr.TypeVar v -> {
                TypeExpr bound = vars.get(v.name());
                if (bound != null) {
                    expand(prefix, bound, Map.of(), stack);
                }
            }
            case TypeExpr.Named n -> named(prefix, n, vars, stack);
            case TypeExpr.PrimType p -> {}
            case TypeExpr.NumberString ns -> {}
        }
    }

    private void named(String prefix, TypeExpr.Named named, Map<String, TypeExpr> vars, Deque<String> stack) {
        IrType type = index.type(named.name());
        if (type == null || type instanceof IrType.EnumType) {
            return;
        }
        if (stack.contains(named.name())) {
            add(prefix + "." + STRING);
            return;
        }
        Map<String, TypeExpr> bound = new HashMap<>();
        for (int i = 0; i < type.typeParams().size() && i < named.args().size(); i++) {
            bound.put(type.typeParams().get(i), resolve(named.args().get(i), vars));
        }
        stack.push(named.name());
        switch (type) {
            case IrType.RecordType r -> {
                for (IrField f : r.fields()) {
                    expand(prefix + "." + f.name(), f.type(), bound, stack);
                }
            }
            case IrType.UnionType u -> {
                for (IrVariant v : u.variants()) {
                    expand(prefix, v.type(), bound, stack);
                }
            }
            case IrType.EnumType e -> {}
        }
        stack.pop();
    }

    /** {@code type} with the type variables of the enclosing scope replaced by what they are bound to. */
    private static TypeExpr resolve(TypeExpr type, Map<String, TypeExpr> vars) {
        return switch (type) {
            case TypeExpr.TypeVar v -> vars.getOrDefault(v.name(), v);
            case TypeExpr.ListOf l -> new TypeExpr.ListOf(resolve(l.element(), vars), l.nullable());
            case TypeExpr.SetOf s -> new TypeExpr.SetOf(resolve(s.element(), vars), s.nullable());
            case TypeExpr.MapOf m -> new TypeExpr.MapOf(m.key(), resolve(m.value(), vars), m.nullable());
            case TypeExpr.Named n -> {
                List<TypeExpr> args = new ArrayList<>();
                n.args().forEach(a -> args.add(resolve(a, vars)));
                yield new TypeExpr.Named(n.name(), args, n.nullable());
            }
            case TypeExpr.PrimType p -> p;
            case TypeExpr.NumberString ns -> ns;
        };
    }

    private void add(String path) {
        if (paths.add(path) && paths.size() > LIMIT) {
            throw new TooMany();
        }
    }

    /**
     * A plain string literal when the path has no placeholder, else a template-literal type (its
     * text with backslash, backtick and {@code $} escaped).
     */
    private static String spell(String path) {
        if (!path.contains("\u0000")) {
            return TsNames.literal(path);
        }
        String text = path.replace("\\", "\\\\").replace("`", "\\`").replace("$", "\\$");
        return "`" + text.replace(NUMBER, "${number}").replace(STRING, "${string}") + "`";
    }

    /** Thrown when the paths pass the limit. */
    private static final class TooMany extends RuntimeException {
        TooMany() {
            super(null, null, false, false);
        }
    }
}
