package dev.mizan.ir.build;

import dev.mizan.core.Auth;
import dev.mizan.core.ContextScope;
import dev.mizan.core.forms.FormConstraint;
import dev.mizan.core.forms.FormField;
import dev.mizan.core.forms.FormSpec;
import dev.mizan.core.javadoc.Javadocs;
import dev.mizan.core.registry.AffectsTarget;
import dev.mizan.core.registry.ChannelDescriptor;
import dev.mizan.core.registry.ContextDescriptor;
import dev.mizan.core.registry.ContextParam;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.MergeTarget;
import dev.mizan.core.registry.ParamDescriptor;
import dev.mizan.core.registry.Registry;
import dev.mizan.core.types.DefaultNullness;
import dev.mizan.core.types.TypeModel;
import dev.mizan.core.types.UnsupportedTypeException;
import dev.mizan.core.types.WireType;
import dev.mizan.ir.IrException;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrChannel;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrForm;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrPage;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.TypeExpr;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * Builds the {@link IrDocument} of a registry: functions with their docs, params, outputs and
 * error codes, contexts, and every named type the JSON mapper's view of the signatures reaches.
 * Types the wire cannot carry are one {@link IrException} listing every problem.
 */
public final class IrBuilder {

    private final TypeModel types;
    private final Javadocs docs;
    private final List<String> problems = new ArrayList<>();

    private final ObjectMapper mapper;

    private IrBuilder(ObjectMapper mapper, Javadocs docs, DefaultNullness nullness) {
        this.mapper = mapper;
        this.types = new TypeModel(mapper, nullness);
        this.docs = docs;
    }

    /**
     * The IR of {@code registry}, with types as {@code mapper} writes them and docs from {@code docs}.
     *
     * @throws IrException listing every function whose parameter or output types cannot be described
     */
    public static IrDocument build(Registry registry, ObjectMapper mapper, Javadocs docs) {
        return build(registry, mapper, docs, DefaultNullness.NON_NULL, warning -> {});
    }

    /**
     * The IR of {@code registry}, reading code without a nullness declaration as {@code nullness}
     * says; when such code was read, {@code warnings} gets one line naming its packages.
     */
    public static IrDocument build(
            Registry registry,
            ObjectMapper mapper,
            Javadocs docs,
            DefaultNullness nullness,
            Consumer<String> warnings) {
        IrBuilder builder = new IrBuilder(mapper, docs, nullness);
        IrDocument document = builder.document(registry);
        Set<String> undeclared = builder.types.undeclaredNullnessPackages();
        if (!undeclared.isEmpty()) {
            warnings.accept(nullnessWarning(undeclared, nullness));
        }
        return document;
    }

    /** The one line naming the packages whose plain references the project-wide setting decided. */
    static String nullnessWarning(Set<String> packages, DefaultNullness nullness) {
        return "packages without a nullness declaration, their unannotated references read as "
                + nullness.spelling() + " (nullness setting; declare it with @NullMarked in package-info.java): "
                + String.join(", ", packages);
    }

    private IrDocument document(Registry registry) {
        List<IrFunction> functions = new ArrayList<>();
        for (FunctionDescriptor f : registry.functions()) {
            IrFunction function = function(f);
            if (function != null) {
                functions.add(function);
            }
        }
        List<IrContext> contexts = new ArrayList<>();
        for (ContextDescriptor c : registry.contexts()) {
            contexts.add(context(registry, c));
        }
        List<IrChannel> channels = new ArrayList<>();
        for (ChannelDescriptor c : registry.channels()) {
            IrChannel channel = channel(c);
            if (channel != null) {
                channels.add(channel);
            }
        }
        if (!problems.isEmpty()) {
            throw new IrException("the IR cannot describe these types:\n  " + String.join("\n  ", problems));
        }
        return new IrDocument(
                IrDocument.CURRENT_VERSION,
                functions,
                contexts,
                types.namedTypes().stream().map(TypeExprs::of).toList(),
                channels,
                registry.pages().stream()
                        .map(p -> new IrPage(p.path(), p.render(), p.embeds()))
                        .toList());
    }

    private @Nullable IrChannel channel(ChannelDescriptor c) {
        try {
            List<IrParam> params = new ArrayList<>();
            for (ParamDescriptor p : c.channelParams()) {
                params.add(new IrParam(p.name(), paramType(c.method(), p), p.optional()));
            }
            WireType message = types.describeOutput(c.method()).withNullable(false);
            return new IrChannel(
                    c.name(),
                    docs.of(c.method()),
                    params,
                    TypeExprs.of(message),
                    auth(c.auth()),
                    c.predicate() == null ? null : c.predicate().getName(),
                    c.roles(),
                    c.clientPublish());
        } catch (UnsupportedTypeException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private @Nullable IrFunction function(FunctionDescriptor f) {
        try {
            List<IrParam> params = new ArrayList<>();
            for (ParamDescriptor p : f.inputs()) {
                params.add(new IrParam(p.name(), paramType(f.method(), p), p.optional()));
            }
            WireType output = types.describeOutput(f.method()).withNullable(f.outputNullable());
            return new IrFunction(
                    f.name(),
                    docs.of(f.method()),
                    params,
                    TypeExprs.of(output),
                    f.context(),
                    f.affects().stream().map(IrBuilder::affects).toList(),
                    f.merge().stream().map(MergeTarget::context).toList(),
                    auth(f.auth()),
                    f.predicate() == null ? null : f.predicate().getName(),
                    f.roles(),
                    f.rev(),
                    ErrorCodes.of(f),
                    f.cacheTtl() == null ? 0 : (int) f.cacheTtl().toSeconds(),
                    form(f));
        } catch (UnsupportedTypeException e) {
            problems.add(e.getMessage());
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private @Nullable IrForm form(FunctionDescriptor f) {
        FormSpec spec = FormSpec.of(f, mapper);
        if (spec == null) {
            return null;
        }
        List<IrForm.Field> fields = new ArrayList<>();
        for (FormField field : spec.fields()) {
            if (!field.required()
                    && field.label() == null
                    && field.help() == null
                    && field.defaultJson() == null
                    && field.constraints().isEmpty()) {
                continue;
            }
            if (field.defaultJson() != null) {
                try {
                    mapper.readTree(field.defaultJson());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("The @DefaultValue of '" + field.path() + "' in " + f.source()
                            + " is not JSON: " + field.defaultJson());
                }
            }
            List<IrForm.Constraint> constraints = new ArrayList<>();
            for (FormConstraint c : field.constraints()) {
                java.util.TreeMap<String, Object> params = new java.util.TreeMap<>();
                c.params().forEach((k, v) -> params.put(k, irValue(v)));
                constraints.add(new IrForm.Constraint(c.name(), params, c.message()));
            }
            fields.add(new IrForm.Field(
                    field.path(), field.required(), field.label(), field.help(), field.defaultJson(), constraints));
        }
        return new IrForm(spec.param(), fields);
    }

    private static Object irValue(Object v) {
        if (v instanceof Number n) {
            return new java.math.BigDecimal(n.toString());
        }
        if (v instanceof Boolean) {
            return v;
        }
        if (v instanceof List<?> list) {
            return String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private TypeExpr paramType(Method method, ParamDescriptor p) {
        String where = method.getDeclaringClass().getName() + "#" + method.getName() + " parameter '" + p.name() + "'";
        WireType type =
                types.describe(method.getAnnotatedParameterTypes()[p.index()], method.getDeclaringClass(), where);
        return TypeExprs.of(type.withNullable(p.optional()));
    }

    private IrContext context(Registry registry, ContextDescriptor c) {
        List<IrContextParam> params = new ArrayList<>();
        for (ContextParam p : c.params()) {
            TypeExpr type = contextParamType(registry, p);
            if (type != null) {
                params.add(new IrContextParam(p.name(), type, p.required(), p.sharedBy()));
            }
        }
        return new IrContext(c.name(), c.rev(), scope(c.scope()), params, c.members(), c.live());
    }

    private static IrScope scope(ContextScope scope) {
        return switch (scope) {
            case CLASS -> IrScope.CLASS;
            case PUBLIC -> IrScope.PUBLIC;
            case USER -> IrScope.USER;
        };
    }

    private @Nullable TypeExpr contextParamType(Registry registry, ContextParam p) {
        for (String member : p.sharedBy()) {
            FunctionDescriptor f = registry.function(member);
            if (f == null) {
                continue;
            }
            for (ParamDescriptor d : f.inputs()) {
                if (d.name().equals(p.name())) {
                    try {
                        return paramType(f.method(), d);
                    } catch (UnsupportedTypeException e) {
                        return null;
                    }
                }
            }
        }
        throw new IrException("context param '" + p.name() + "' is taken by none of " + p.sharedBy());
    }

    private static IrAffects affects(AffectsTarget target) {
        return target.slot() == null ? new IrAffects(target.context(), false) : new IrAffects(target.slot(), true);
    }

    static IrAuth auth(Auth auth) {
        return switch (auth) {
            case PUBLIC, DEFAULT -> IrAuth.PUBLIC;
            case REQUIRED -> IrAuth.REQUIRED;
            case STAFF -> IrAuth.STAFF;
            case SUPERUSER -> IrAuth.SUPERUSER;
        };
    }
}
