package dev.mizan.codegen.java;

import dev.mizan.codegen.CodegenException;
import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.JavaOptions;
import dev.mizan.ir.model.IrAffects;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints the {@code java} target: one source file per IR type (records, enums, sealed interfaces
 * for unions), one record per context (its members' values), the client class and a
 * {@code package-info.java}, all in one package, below the output directory's package folders.
 */
public final class JavaRenderer {

    private static final String RUNTIME = "dev.mizan.client.";

    private final IrDocument ir;
    private final JavaOptions options;
    private final Map<String, IrType> types = new HashMap<>();
    private final Map<String, IrFunction> functions = new HashMap<>();
    /** Union interfaces each record implements, with the type arguments when they can be spelled. */
    private final Map<String, List<String>> implemented = new TreeMap<>();

    private final Set<String> untaggedVariants = new HashSet<>();

    private JavaRenderer(IrDocument ir, JavaOptions options) {
        this.ir = ir;
        this.options = options;
        ir.types().forEach(t -> types.put(t.name(), t));
        ir.functions().forEach(f -> functions.put(f.name(), f));
    }

    /**
     * Renders the Java sources of {@code ir} (already checked by the IR check), sorted by path.
     *
     * @throws CodegenException when names would clash in Java
     */
    public static List<GeneratedFile> render(IrDocument ir, JavaOptions options) {
        return new JavaRenderer(ir, options).files();
    }

    private List<GeneratedFile> files() {
        checkNames();
        for (IrType type : ir.types()) {
            if (type instanceof IrType.UnionType union) {
                for (IrVariant variant : union.variants()) {
                    if (variant.type() instanceof TypeExpr.Named named) {
                        implemented
                                .computeIfAbsent(named.name(), k -> new ArrayList<>())
                                .add(implementsClause(union, named));
                        if (types.get(named.name()) instanceof IrType.RecordType r && r.tag() == null) {
                            untaggedVariants.add(r.name());
                        }
                    }
                }
            }
        }
        List<GeneratedFile> files = new ArrayList<>();
        for (IrType type : ir.types()) {
            String source = switch (type) {
                case IrType.RecordType r -> record(r);
                case IrType.EnumType e -> enumType(e);
                case IrType.UnionType u -> union(u);
            };
            files.add(file(type.name(), source));
        }
        for (IrContext context : ir.contexts()) {
            files.add(file(contextClass(context), contextRecord(context)));
        }
        files.add(file(options.clientName(), client()));
        files.add(new GeneratedFile(
                dir() + "package-info.java",
                GeneratedFile.HEADER + "\n/** The typed Mizan client and its types, generated from the IR. */\n"
                        + "@NullMarked\npackage " + options.packageName()
                        + ";\n\nimport org.jspecify.annotations.NullMarked;\n"));
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    private String dir() {
        return options.packageName().replace('.', '/') + "/";
    }

    private GeneratedFile file(String className, String body) {
        return new GeneratedFile(dir() + className + ".java", body);
    }

    private String header(JavaTypes imports) {
        String block = imports.importBlock();
        return GeneratedFile.HEADER + "\npackage " + options.packageName() + ";\n\n"
                + (block.isEmpty() ? "" : block + "\n");
    }

    // ---- names -------------------------------------------------------------------------------

    private static String contextClass(IrContext context) {
        return JavaNames.pascal(context.name()) + "Context";
    }

    private static String contextMethod(IrContext context) {
        return JavaNames.camel(context.name()) + "Context";
    }

    private static String functionMethod(IrFunction function) {
        return JavaNames.camel(function.name());
    }

    private void checkNames() {
        List<String> problems = new ArrayList<>();
        Map<String, String> classes = new HashMap<>();
        classes.put(options.clientName(), "the client class");
        classes.put("package-info", "package-info");
        for (IrType type : ir.types()) {
            if (JavaTypes.RESERVED.containsKey(type.name())) {
                problems.add("type " + type.name() + ": its Java name clashes with "
                        + JavaTypes.RESERVED.get(type.name()) + ", which the generated Java code uses");
            }
            String clash = classes.putIfAbsent(type.name(), "type " + type.name());
            if (clash != null) {
                problems.add("type " + type.name() + ": its Java class clashes with " + clash);
            }
        }
        for (IrContext context : ir.contexts()) {
            String name = contextClass(context);
            String clash = classes.putIfAbsent(name, "context " + context.name());
            if (clash != null) {
                problems.add("context " + context.name() + ": its Java class " + name + " clashes with " + clash);
            }
        }
        for (IrFunction function : ir.functions()) {
            for (IrParam param : function.params()) {
                if (mentionsUpload(param.type()) && uploadKind(param.type()) == null) {
                    problems.add(
                            "function " + function.name() + ": parameter " + param.name()
                                    + " holds uploads other than as upload, upload? or list<upload>, which a multipart call cannot carry");
                }
            }
        }
        Map<String, String> methods = new HashMap<>();
        methods.put("client", "the client() accessor");
        for (IrFunction function : ir.functions()) {
            String clash = methods.putIfAbsent(functionMethod(function), "function " + function.name());
            if (clash != null) {
                problems.add("function " + function.name() + ": its Java method " + functionMethod(function)
                        + " clashes with " + clash);
            }
        }
        for (IrContext context : ir.contexts()) {
            String clash = methods.putIfAbsent(contextMethod(context), "context " + context.name());
            if (clash != null) {
                problems.add("context " + context.name() + ": its Java method " + contextMethod(context)
                        + " clashes with " + clash);
            }
        }
        for (IrType type : ir.types()) {
            if (type instanceof IrType.RecordType r) {
                Map<String, String> components = new HashMap<>();
                for (IrField field : r.fields()) {
                    String clash = components.putIfAbsent(JavaNames.camel(field.name()), field.name());
                    if (clash != null) {
                        problems.add("type " + r.name() + ": fields " + clash + " and " + field.name()
                                + " have the same Java name " + JavaNames.camel(field.name()));
                    }
                }
            } else if (type instanceof IrType.EnumType e) {
                Map<String, String> constants = new HashMap<>();
                for (String value : e.values()) {
                    String clash = constants.putIfAbsent(JavaNames.constant(value), value);
                    if (clash != null) {
                        problems.add("type " + e.name() + ": values " + clash + " and " + value
                                + " have the same Java constant " + JavaNames.constant(value));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CodegenException(problems);
        }
    }

    // ---- types -------------------------------------------------------------------------------

    private String typeParams(List<String> params) {
        return params.isEmpty() ? "" : params.stream().collect(Collectors.joining(", ", "<", ">"));
    }

    /** {@code Union<…>} as the variant record implements it, raw when its type arguments cannot be spelled. */
    private String implementsClause(IrType.UnionType union, TypeExpr.Named variant) {
        if (union.typeParams().isEmpty()) {
            return union.name();
        }
        IrType record = types.get(variant.name());
        if (record == null) {
            return union.name();
        }
        List<String> recordParams = record.typeParams();
        List<String> args = new ArrayList<>();
        for (String unionParam : union.typeParams()) {
            String spelled = null;
            for (int i = 0; i < variant.args().size() && i < recordParams.size(); i++) {
                if (variant.args().get(i) instanceof TypeExpr.TypeVar v
                        && v.name().equals(unionParam)) {
                    spelled = recordParams.get(i);
                }
            }
            if (spelled == null) {
                return union.name();
            }
            args.add(spelled);
        }
        return union.name() + "<" + String.join(", ", args) + ">";
    }

    private String record(IrType.RecordType r) {
        JavaTypes t = new JavaTypes();
        StringBuilder body = new StringBuilder();
        body.append("/** The IR record {@code ").append(r.name()).append("}, as it is on the wire. */\n");
        if (r.tag() != null) {
            String info = t.use("com.fasterxml.jackson.annotation.JsonTypeInfo");
            body.append("@")
                    .append(info)
                    .append("(use = ")
                    .append(info)
                    .append(".Id.NAME, include = ")
                    .append(info)
                    .append(".As.PROPERTY, property = ")
                    .append(JavaNames.literal(r.tag().property()))
                    .append(")\n");
            body.append("@")
                    .append(t.use("com.fasterxml.jackson.annotation.JsonTypeName"))
                    .append("(")
                    .append(JavaNames.literal(r.tag().value()))
                    .append(")\n");
        } else if (untaggedVariants.contains(r.name())) {
            String info = t.use("com.fasterxml.jackson.annotation.JsonTypeInfo");
            body.append("@").append(info).append("(use = ").append(info).append(".Id.NONE)\n");
        }
        body.append("public record ")
                .append(r.name())
                .append(typeParams(r.typeParams()))
                .append("(");
        List<String> components = new ArrayList<>();
        for (IrField field : r.fields()) {
            StringBuilder c = new StringBuilder("\n        ");
            c.append("@")
                    .append(t.use("com.fasterxml.jackson.annotation.JsonProperty"))
                    .append("(")
                    .append(JavaNames.literal(field.name()))
                    .append(") ");
            if (field.optional()) {
                String include = t.use("com.fasterxml.jackson.annotation.JsonInclude");
                c.append("@").append(include).append("(").append(include).append(".Include.NON_NULL) ");
            }
            if (JavaTypes.numberAsString(field.type())) {
                String format = t.use("com.fasterxml.jackson.annotation.JsonFormat");
                c.append("@").append(format).append("(shape = ").append(format).append(".Shape.STRING) ");
            }
            c.append(field.optional() ? t.nullable(field.type()) : t.of(field.type()));
            c.append(" ").append(JavaNames.camel(field.name()));
            components.add(c.toString());
        }
        if (r.additional() != null) {
            String name = additionalName(r);
            components.add("\n        @" + t.use("com.fasterxml.jackson.annotation.JsonAnySetter") + " @"
                    + t.use("com.fasterxml.jackson.annotation.JsonAnyGetter") + " " + t.use("java.util.Map")
                    + "<String, "
                    + t.boxed(r.additional()) + "> " + name);
        }
        body.append(String.join(",", components)).append(")");
        List<String> interfaces = implemented.getOrDefault(r.name(), List.of());
        if (!interfaces.isEmpty()) {
            body.append("\n        implements ").append(String.join(", ", interfaces));
        }
        body.append(" {");
        if (r.additional() != null) {
            String name = additionalName(r);
            body.append("\n\n    /** The further properties are never null: an absent set is empty. */\n    public ")
                    .append(r.name())
                    .append(" {\n        ")
                    .append(name)
                    .append(" = ")
                    .append(name)
                    .append(" == null ? new ")
                    .append(t.use("java.util.LinkedHashMap"))
                    .append("<>() : ")
                    .append(name)
                    .append(";\n    }\n");
        }
        body.append("}\n");
        return header(t) + body;
    }

    private static String additionalName(IrType.RecordType r) {
        Set<String> taken =
                r.fields().stream().map(f -> JavaNames.camel(f.name())).collect(Collectors.toSet());
        String name = "additionalProperties";
        while (taken.contains(name)) {
            name = name + "_";
        }
        return name;
    }

    private String enumType(IrType.EnumType e) {
        JavaTypes t = new JavaTypes();
        String property = t.use("com.fasterxml.jackson.annotation.JsonProperty");
        StringBuilder body = new StringBuilder();
        body.append("/** The IR enum {@code ").append(e.name()).append("}: each constant carries its wire value. */\n");
        body.append("public enum ").append(e.name()).append(" {\n");
        List<String> constants = new ArrayList<>();
        for (String value : e.values()) {
            constants.add("    @" + property + "(" + JavaNames.literal(value) + ")\n    " + JavaNames.constant(value)
                    + "(" + JavaNames.literal(value) + ")");
        }
        body.append(String.join(",\n", constants)).append(";\n\n");
        body.append("    private final String wire;\n\n    ")
                .append(e.name())
                .append("(String wire) {\n        this.wire = wire;\n    }\n\n");
        body.append(
                "    /** The value on the wire. */\n    public String wireValue() {\n        return wire;\n    }\n}\n");
        return header(t) + body;
    }

    private String union(IrType.UnionType u) {
        JavaTypes t = new JavaTypes();
        String info = t.use("com.fasterxml.jackson.annotation.JsonTypeInfo");
        String sub = t.use("com.fasterxml.jackson.annotation.JsonSubTypes");
        StringBuilder body = new StringBuilder();
        body.append("/** The IR union {@code ")
                .append(u.name())
                .append("}: ")
                .append(
                        u.discriminator() == null
                                ? "each value wrapped in an object keyed by its tag"
                                : "tagged by {@code " + u.discriminator() + "}")
                .append(". */\n");
        body.append("@")
                .append(info)
                .append("(use = ")
                .append(info)
                .append(".Id.NAME, include = ")
                .append(info);
        if (u.discriminator() == null) {
            body.append(".As.WRAPPER_OBJECT)\n");
        } else {
            body.append(".As.PROPERTY, property = ")
                    .append(JavaNames.literal(u.discriminator()))
                    .append(")\n");
        }
        body.append("@").append(sub).append("({");
        List<String> entries = new ArrayList<>();
        List<String> permits = new ArrayList<>();
        for (IrVariant variant : u.variants()) {
            String name = ((TypeExpr.Named) variant.type()).name();
            entries.add("\n    @" + sub + ".Type(value = " + name + ".class, name = " + JavaNames.literal(variant.tag())
                    + ")");
            if (!permits.contains(name)) {
                permits.add(name);
            }
        }
        body.append(String.join(",", entries)).append("\n})\n");
        body.append("public sealed interface ")
                .append(u.name())
                .append(typeParams(u.typeParams()))
                .append(" permits ")
                .append(String.join(", ", permits))
                .append(" {}\n");
        return header(t) + body;
    }

    // ---- contexts ----------------------------------------------------------------------------

    private String contextRecord(IrContext context) {
        JavaTypes t = new JavaTypes();
        String property = t.use("com.fasterxml.jackson.annotation.JsonProperty");
        StringBuilder body = new StringBuilder();
        body.append("/**\n * One fetch of the context {@code ")
                .append(context.name())
                .append("}: the value of each member, fetched together in one request.\n */\n");
        body.append("public record ").append(contextClass(context)).append("(");
        List<String> components = new ArrayList<>();
        for (String member : context.members()) {
            IrFunction function = functions.get(member);
            TypeExpr output = function == null ? TypeExpr.prim(dev.mizan.ir.model.Prim.ANY) : function.output();
            String type = JavaTypes.isVoid(output) ? t.nullable(output) : t.of(output);
            components.add("\n        @" + property + "(" + JavaNames.literal(member) + ") " + type + " "
                    + JavaNames.camel(member));
        }
        body.append(String.join(",", components)).append(") {\n\n");
        body.append("    /** The context's name on the wire. */\n    public static final String NAME = ")
                .append(JavaNames.literal(context.name()))
                .append(";\n\n");
        body.append("    /** The context's revision, part of its cache key. */\n    public static final int REV = ")
                .append(context.rev())
                .append(";\n}\n");
        return header(t) + body;
    }

    // ---- the client --------------------------------------------------------------------------

    private String client() {
        JavaTypes t = new JavaTypes();
        String client = t.use(RUNTIME + "MizanClient");
        String typeRef = t.use("tools.jackson.core.type.TypeReference");
        StringBuilder methods = new StringBuilder();
        StringBuilder refs = new StringBuilder();
        Map<String, String> refNames = new LinkedHashMap<>();
        for (IrFunction function : ir.functions()) {
            methods.append(functionMethods(function, t, refNames));
        }
        for (IrContext context : ir.contexts()) {
            methods.append(contextMethods(context, t, refNames));
        }
        refNames.forEach((type, name) -> refs.append("    private static final ")
                .append(typeRef)
                .append("<")
                .append(type)
                .append("> ")
                .append(name)
                .append(" = new ")
                .append(typeRef)
                .append("<")
                .append(type)
                .append(">() {};\n"));
        StringBuilder body = new StringBuilder();
        body.append("/**\n * The typed client of this API: one method per function and one per context, over a\n"
                + " * {@link MizanClient} (transport, auth, the optional context cache). A failed call throws the\n"
                + " * {@code dev.mizan.client.MizanException} subclass of its error code.\n */\n");
        body.append("public final class ").append(options.clientName()).append(" {\n\n");
        body.append(refs).append(refs.isEmpty() ? "" : "\n");
        body.append("    private final ").append(client).append(" client;\n\n");
        body.append("    /** A typed client over {@code client}. */\n    public ")
                .append(options.clientName())
                .append("(")
                .append(client)
                .append(" client) {\n        this.client = client;\n    }\n\n");
        body.append("    /** The untyped client underneath (auth, cache, raw calls). */\n    public ")
                .append(client)
                .append(" client() {\n        return client;\n    }\n");
        body.append(methods);
        body.append("}\n");
        return header(t) + body;
    }

    private static String refName(String type, Map<String, String> refNames) {
        return refNames.computeIfAbsent(type, k -> "TYPE_" + refNames.size());
    }

    private String functionMethods(IrFunction function, JavaTypes t, Map<String, String> refNames) {
        boolean isVoid = JavaTypes.isVoid(function.output());
        String result = isVoid ? "void" : t.of(function.output());
        List<IrParam> params = function.params();
        StringBuilder out = new StringBuilder();
        String doc = functionDoc(function, params);
        String method = functionMethod(function);
        out.append("\n").append(doc);
        out.append("    public ")
                .append(result)
                .append(" ")
                .append(method)
                .append("(")
                .append(params.stream()
                        .map(p -> paramType(p, t) + " " + JavaNames.camel(p.name()))
                        .collect(Collectors.joining(", ")))
                .append(") {\n");
        String map = t.use("java.util.Map");
        String linked = t.use("java.util.LinkedHashMap");
        String nullable = t.use(JavaTypes.NULLABLE);
        out.append("        ")
                .append(map)
                .append("<String, @")
                .append(nullable)
                .append(" Object> args$ = new ")
                .append(linked)
                .append("<>();\n");
        boolean multipart = params.stream().anyMatch(p -> uploadKind(p.type()) != null);
        if (multipart) {
            out.append("        ")
                    .append(map)
                    .append("<String, ")
                    .append(t.use("java.util.List"))
                    .append("<")
                    .append(t.use("dev.mizan.client.FileUpload"))
                    .append(">> files$ = new ")
                    .append(linked)
                    .append("<>();\n");
        }
        for (IrParam p : params) {
            String name = JavaNames.camel(p.name());
            String kind = uploadKind(p.type());
            if (kind != null) {
                boolean mayBeNull = p.optional() || p.type().nullable();
                if (mayBeNull) {
                    out.append("        if (").append(name).append(" != null) {\n    ");
                }
                out.append("        files$.put(")
                        .append(JavaNames.literal(p.name()))
                        .append(", ")
                        .append(kind.equals("one") ? "List.of(" + name + ")" : name)
                        .append(");\n");
                if (mayBeNull) {
                    out.append("        }\n");
                }
                continue;
            }
            if (p.optional()) {
                out.append("        if (").append(name).append(" != null) {\n    ");
            }
            String value = mentionsUnion(p.type())
                    ? "client.toJson(" + name + ", " + refName(t.boxed(p.type()), refNames) + ")"
                    : name;
            out.append("        args$.put(")
                    .append(JavaNames.literal(p.name()))
                    .append(", ")
                    .append(value)
                    .append(");\n");
            if (p.optional()) {
                out.append("        }\n");
            }
        }
        if (isVoid) {
            out.append("        client.callJson(")
                    .append(JavaNames.literal(function.name()))
                    .append(multipart ? ", args$, files$);\n" : ", args$);\n");
        } else {
            String boxedResult = t.boxed(function.output());
            out.append("        return client.call(")
                    .append(JavaNames.literal(function.name()))
                    .append(multipart ? ", args$, files$, " : ", args$, ")
                    .append(refName(boxedResult, refNames))
                    .append(");\n");
        }
        out.append("    }\n");
        List<IrParam> required = params.stream().filter(p -> !p.optional()).toList();
        if (required.size() < params.size()) {
            out.append("\n    /** {@link #").append(method).append("} without the optional arguments. */\n");
            out.append("    public ")
                    .append(result)
                    .append(" ")
                    .append(method)
                    .append("(")
                    .append(required.stream()
                            .map(p -> paramType(p, t) + " " + JavaNames.camel(p.name()))
                            .collect(Collectors.joining(", ")))
                    .append(") {\n        ")
                    .append(isVoid ? "" : "return ")
                    .append(method)
                    .append("(")
                    .append(params.stream()
                            .map(p -> p.optional() ? "null" : JavaNames.camel(p.name()))
                            .collect(Collectors.joining(", ")))
                    .append(");\n    }\n");
        }
        return out.toString();
    }

    /** {@code "one"} for {@code upload}/{@code upload?}, {@code "list"} for {@code list<upload>}; else null. */
    private static @org.jspecify.annotations.Nullable String uploadKind(TypeExpr type) {
        if (type instanceof TypeExpr.PrimType p && p.prim() == dev.mizan.ir.model.Prim.UPLOAD) {
            return "one";
        }
        if (type instanceof TypeExpr.ListOf l
                && l.element() instanceof TypeExpr.PrimType p
                && p.prim() == dev.mizan.ir.model.Prim.UPLOAD
                && !p.nullable()) {
            return "list";
        }
        return null;
    }

    private static boolean mentionsUpload(TypeExpr type) {
        return switch (type) {
            case TypeExpr.ListOf l -> mentionsUpload(l.element());
            case TypeExpr.SetOf st -> mentionsUpload(st.element());
            case TypeExpr.MapOf m -> mentionsUpload(m.value());
            case TypeExpr.Named n -> n.args().stream().anyMatch(JavaRenderer::mentionsUpload);
            case TypeExpr.PrimType p -> p.prim() == dev.mizan.ir.model.Prim.UPLOAD;
            case TypeExpr.NumberString ns -> false;
            case TypeExpr.TypeVar v -> false;
        };
    }

    /** True when a value of {@code type} may hold a union value (whose runtime class is a variant). */
    private boolean mentionsUnion(TypeExpr type) {
        return switch (type) {
            case TypeExpr.ListOf l -> mentionsUnion(l.element());
            case TypeExpr.SetOf st -> mentionsUnion(st.element());
            case TypeExpr.MapOf m -> mentionsUnion(m.value());
            case TypeExpr.Named n ->
                types.get(n.name()) instanceof IrType.UnionType
                        || n.args().stream().anyMatch(this::mentionsUnion);
            case TypeExpr.PrimType p -> false;
            case TypeExpr.NumberString ns -> false;
            case TypeExpr.TypeVar v -> false;
        };
    }

    private static String paramType(IrParam p, JavaTypes t) {
        return p.optional() ? t.nullable(p.type()) : t.of(p.type());
    }

    private String functionDoc(IrFunction function, List<IrParam> params) {
        List<String> lines = new ArrayList<>();
        if (function.doc() != null && !function.doc().isBlank()) {
            function.doc().strip().lines().forEach(lines::add);
            lines.add("");
        }
        lines.add((lines.isEmpty() ? "" : "<p>") + "Calls {@code " + function.name() + "}.");
        if (!function.affects().isEmpty()) {
            lines.add("Invalidates "
                    + function.affects().stream().map(JavaRenderer::target).collect(Collectors.joining(", ")) + ".");
        }
        if (!function.merge().isEmpty()) {
            lines.add("Merges its result into "
                    + function.merge().stream().map(m -> "{@code " + m + "}").collect(Collectors.joining(", ")) + ".");
        }
        lines.add("Auth: {@code " + function.auth().wireName() + "}"
                + (function.roles().isEmpty() ? "" : ", roles " + String.join(", ", function.roles())) + ".");
        lines.add("");
        for (IrParam p : params) {
            lines.add("@param " + JavaNames.camel(p.name()) + " wire name {@code " + p.name() + "}, type {@code "
                    + p.type().render() + "}" + (p.optional() ? " (optional: null leaves it out)" : ""));
        }
        if (!JavaTypes.isVoid(function.output())) {
            lines.add("@return the result, type {@code " + function.output().render() + "}");
        }
        for (String code : function.errors()) {
            lines.add("@throws dev.mizan.client." + exceptionOf(code) + " on {@code " + code + "}");
        }
        return javadoc(lines);
    }

    private static String target(IrAffects affects) {
        return affects.slot() ? "the {@code " + affects.target() + "} slot" : "{@code " + affects.target() + "}";
    }

    /** The runtime exception class of an error code. */
    static String exceptionOf(String code) {
        return switch (code) {
            case "BAD_REQUEST" -> "BadRequestException";
            case "VALIDATION_FAILED" -> "ValidationFailedException";
            case "UNAUTHORIZED" -> "UnauthorizedException";
            case "FORBIDDEN" -> "ForbiddenException";
            case "NOT_FOUND" -> "NotFoundException";
            case "PAYLOAD_TOO_LARGE" -> "PayloadTooLargeException";
            case "NOT_IMPLEMENTED" -> "NotImplementedException";
            case "INTERNAL_ERROR" -> "InternalErrorException";
            default -> "MizanException";
        };
    }

    private static String javadoc(List<String> lines) {
        StringBuilder out = new StringBuilder("    /**\n");
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        for (String line : lines.subList(0, end)) {
            String safe = line.replace("*/", "*&#47;").stripTrailing();
            out.append(safe.isEmpty() ? "     *\n" : "     * " + safe + "\n");
        }
        return out.append("     */\n").toString();
    }

    private String contextMethods(IrContext context, JavaTypes t, Map<String, String> refNames) {
        String type = contextClass(context);
        String method = contextMethod(context);
        List<IrContextParam> params = context.params();
        StringBuilder out = new StringBuilder("\n");
        List<String> doc = new ArrayList<>();
        doc.add(
                "Fetches the context {@code " + context.name() + "} (members "
                        + context.members().stream()
                                .map(m -> "{@code " + m + "}")
                                .collect(Collectors.joining(", "))
                        + ") in one request; with the client's context cache on, a fresh cached instance is answered without one.");
        doc.add("");
        for (IrContextParam p : params) {
            doc.add("@param " + JavaNames.camel(p.name()) + " wire name {@code " + p.name() + "}"
                    + (p.required()
                            ? ""
                            : " (optional: null leaves it out; taken by " + String.join(", ", p.sharedBy()) + ")"));
        }
        doc.add("@return the members' values");
        out.append(javadoc(doc));
        out.append("    public ")
                .append(type)
                .append(" ")
                .append(method)
                .append("(")
                .append(params.stream()
                        .map(p -> ctxParamType(p, t) + " " + JavaNames.camel(p.name()))
                        .collect(Collectors.joining(", ")))
                .append(") {\n");
        String map = t.use("java.util.Map");
        String linked = t.use("java.util.LinkedHashMap");
        String nullable = t.use(JavaTypes.NULLABLE);
        out.append("        ")
                .append(map)
                .append("<String, @")
                .append(nullable)
                .append(" Object> params$ = new ")
                .append(linked)
                .append("<>();\n");
        for (IrContextParam p : params) {
            out.append("        params$.put(")
                    .append(JavaNames.literal(p.name()))
                    .append(", ")
                    .append(JavaNames.camel(p.name()))
                    .append(");\n");
        }
        out.append("        return client.context(")
                .append(type)
                .append(".NAME, ")
                .append(type)
                .append(".REV, params$, ")
                .append(refName(type, refNames))
                .append(");\n    }\n");
        List<IrContextParam> required =
                params.stream().filter(IrContextParam::required).toList();
        if (required.size() < params.size()) {
            out.append("\n    /** {@link #").append(method).append("} without the optional params. */\n");
            out.append("    public ")
                    .append(type)
                    .append(" ")
                    .append(method)
                    .append("(")
                    .append(required.stream()
                            .map(p -> ctxParamType(p, t) + " " + JavaNames.camel(p.name()))
                            .collect(Collectors.joining(", ")))
                    .append(") {\n        return ")
                    .append(method)
                    .append("(")
                    .append(params.stream()
                            .map(p -> p.required() ? JavaNames.camel(p.name()) : "null")
                            .collect(Collectors.joining(", ")))
                    .append(");\n    }\n");
        }
        return out.toString();
    }

    private static String ctxParamType(IrContextParam p, JavaTypes t) {
        return p.required() ? t.of(p.type()) : t.nullable(p.type());
    }
}
