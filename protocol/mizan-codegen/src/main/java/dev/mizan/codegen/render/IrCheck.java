package dev.mizan.codegen.render;

import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.TypeExpr;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that an IR document is consistent enough to generate from: every reference resolves, type
 * arguments match, error codes are known, names can be spelled in TypeScript. Collects every
 * problem, each naming the node it was found in.
 */
final class IrCheck {

    /** Error codes the kernel's {@code ErrorCode} type knows as server answers. */
    static final Set<String> SERVER_CODES = Set.of(
            "BAD_REQUEST",
            "VALIDATION_FAILED",
            "UNAUTHORIZED",
            "FORBIDDEN",
            "NOT_FOUND",
            "PAYLOAD_TOO_LARGE",
            "NOT_IMPLEMENTED",
            "INTERNAL_ERROR");

    private static final Pattern WIRE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    private final IrIndex ir;
    private final List<String> problems = new ArrayList<>();

    private IrCheck(IrIndex ir) {
        this.ir = ir;
    }

    /** Every problem found in {@code ir}; empty when it is fine. */
    static List<String> problems(IrDocument ir) {
        IrCheck check = new IrCheck(new IrIndex(ir));
        ir.functions().forEach(check::function);
        ir.contexts().forEach(check::context);
        ir.types().forEach(check::type);
        return List.copyOf(check.problems);
    }

    private void function(IrFunction function) {
        String where = "function " + function.name();
        wireName(function.name(), where);
        for (IrParam param : function.params()) {
            typeExpr(param.type(), List.of(), where + ", param " + param.name());
        }
        typeExpr(function.output(), List.of(), where + ", output");
        for (String code : function.errors()) {
            if (!SERVER_CODES.contains(code)) {
                problems.add(where + ": unknown error code " + code);
            }
        }
        String context = function.context();
        if (context != null) {
            IrContext owner = ir.context(context);
            if (owner == null) {
                problems.add(where + ": context " + context + " is not declared");
            } else if (!owner.members().contains(function.name())) {
                problems.add(where + ": context " + context + " does not list it as a member");
            }
        }
    }

    private void context(IrContext context) {
        String where = "context " + context.name();
        wireName(context.name(), where);
        for (IrContextParam param : context.params()) {
            typeExpr(param.type(), List.of(), where + ", param " + param.name());
            if (param.name().equals("children")) {
                problems.add(where + ": a param named children clashes with the React children prop");
            }
        }
        if (context.name().equals(ContextViews.GLOBAL) && !context.params().isEmpty()) {
            problems.add(where + ": the global context takes no params");
        }
        for (String member : context.members()) {
            IrFunction function = ir.function(member);
            if (function == null) {
                problems.add(where + ": member " + member + " is not a declared function");
            } else if (!context.name().equals(function.context())) {
                problems.add(where + ": member " + member + " belongs to context " + function.context());
            }
        }
    }

    private void type(IrType type) {
        String where = "type " + type.name();
        identifier(type.name(), where);
        type.typeParams().forEach(p -> identifier(p, where + ", type-param"));
        switch (type) {
            case IrType.RecordType r -> {
                for (IrField field : r.fields()) {
                    typeExpr(field.type(), r.typeParams(), where + ", field " + field.name());
                }
                if (r.additional() != null) {
                    typeExpr(r.additional(), r.typeParams(), where + ", additional");
                }
            }
            case IrType.EnumType e -> {
                if (e.values().size() != Set.copyOf(e.values()).size()) {
                    problems.add(where + ": duplicate enum values");
                }
            }
            case IrType.UnionType u -> {
                for (IrVariant variant : u.variants()) {
                    String at = where + ", variant " + variant.tag();
                    typeExpr(variant.type(), u.typeParams(), at);
                    if (!(variant.type() instanceof TypeExpr.Named named)
                            || !(ir.type(named.name()) instanceof IrType.RecordType)) {
                        problems.add(at + ": a variant must be a record type, got "
                                + variant.type().render());
                    }
                }
            }
        }
    }

    private void typeExpr(TypeExpr type, List<String> typeVars, String where) {
        switch (type) {
            case TypeExpr.PrimType p -> {}
            case TypeExpr.NumberString n -> {}
            case TypeExpr.ListOf l -> typeExpr(l.element(), typeVars, where);
            case TypeExpr.SetOf s -> typeExpr(s.element(), typeVars, where);
            case TypeExpr.MapOf m -> {
                typeExpr(m.key(), typeVars, where);
                if (m.key() instanceof TypeExpr.Named key && !(ir.type(key.name()) instanceof IrType.EnumType)) {
                    problems.add(where + ": map key " + key.name() + " is not an enum");
                }
                typeExpr(m.value(), typeVars, where);
            }
            case TypeExpr.Named n -> named(n, typeVars, where);
            case TypeExpr.TypeVar v -> {
                if (!typeVars.contains(v.name())) {
                    problems.add(where + ": type variable " + v.name() + " is not in scope");
                }
            }
        }
    }

    private void named(TypeExpr.Named named, List<String> typeVars, String where) {
        IrType target = ir.type(named.name());
        if (target == null) {
            problems.add(where + ": unknown type " + named.name());
        } else if (target.typeParams().size() != named.args().size()) {
            problems.add(where + ": " + named.name() + " takes "
                    + target.typeParams().size() + " type arguments, got "
                    + named.args().size());
        }
        named.args().forEach(arg -> typeExpr(arg, typeVars, where));
    }

    private void wireName(String name, String where) {
        if (!WIRE_NAME.matcher(name).matches()) {
            problems.add(where + ": the name must be letters, digits, '_', '.' or '-'");
        }
    }

    private void identifier(String name, String where) {
        if (!TsNames.isIdentifier(name)) {
            problems.add(where + ": " + name + " is not a valid TypeScript identifier");
        }
    }
}
