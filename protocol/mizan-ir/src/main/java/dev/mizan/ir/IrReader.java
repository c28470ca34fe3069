package dev.mizan.ir;

import static dev.mizan.ir.KdlAccess.arg;
import static dev.mizan.ir.KdlAccess.args;
import static dev.mizan.ir.KdlAccess.boolArg;
import static dev.mizan.ir.KdlAccess.error;
import static dev.mizan.ir.KdlAccess.flag;
import static dev.mizan.ir.KdlAccess.intArg;
import static dev.mizan.ir.KdlAccess.stringProp;

import dev.mizan.core.RenderStrategy;
import dev.mizan.ir.kdl.Kdl;
import dev.mizan.ir.kdl.KdlDocument;
import dev.mizan.ir.kdl.KdlException;
import dev.mizan.ir.kdl.KdlNode;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrAuth;
import dev.mizan.ir.model.IrChannel;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrForm;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrPage;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrScope;
import dev.mizan.ir.model.IrTag;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import dev.mizan.ir.model.TypeExpr;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads an IR document (docs/ir.md) into the model. Every problem is an {@link IrException}
 * naming the line and column: malformed KDL, missing or mistyped nodes and properties, bad type
 * expressions, references to undeclared types, contexts or functions, duplicate names, and a
 * version newer than this reader. Nodes this reader does not know are ignored.
 */
public final class IrReader {

    private final Map<String, TypeResolver.Header> headers = new HashMap<>();
    private final TypeResolver resolver = new TypeResolver(headers);

    private IrReader() {}

    /** Reads IR text. */
    public static IrDocument read(String text) {
        return readKdl(() -> Kdl.parse(text));
    }

    /** Reads UTF-8 IR bytes. */
    public static IrDocument read(byte[] utf8) {
        return readKdl(() -> Kdl.parse(utf8));
    }

    /** Reads an IR file; the exception message names the file. */
    public static IrDocument read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return read(bytes);
        } catch (IrException e) {
            throw new IrException(file + ": " + e.problem(), e.line(), e.column());
        }
    }

    private static IrDocument readKdl(java.util.function.Supplier<KdlDocument> parse) {
        KdlDocument kdl;
        try {
            kdl = parse.get();
        } catch (KdlException e) {
            throw new IrException(
                    "invalid KDL: " + e.getMessage(),
                    e.position().line(),
                    e.position().column());
        }
        return new IrReader().document(kdl);
    }

    private IrDocument document(KdlDocument kdl) {
        if (kdl.nodes().isEmpty() || !kdl.nodes().getFirst().name().equals("mizan-ir")) {
            throw new IrException("an IR document starts with a 'mizan-ir version=N' node", 1, 1);
        }
        KdlNode head = kdl.nodes().getFirst();
        var versionValue = head.prop("version");
        if (!(versionValue instanceof dev.mizan.ir.kdl.KdlValue.KdlNumber n) || !n.isInteger()) {
            throw error("'mizan-ir' needs an integer version= property", head.position());
        }
        int version = n.bigInteger().intValue();
        if (version < 1 || version > IrDocument.CURRENT_VERSION) {
            throw error(
                    "IR version " + version + " is not supported (this reader reads version "
                            + IrDocument.CURRENT_VERSION + ")",
                    n.position());
        }
        List<KdlNode> typeNodes = named(kdl.nodes(), "type");
        for (KdlNode node : typeNodes) {
            String name = arg(node);
            String kind = stringProp(node, "kind").value();
            int arity = named(node.children(), "type-param").size();
            if (headers.put(name, new TypeResolver.Header(kind, arity)) != null) {
                throw error("type '" + name + "' is declared twice", node.position());
            }
        }
        List<IrType> types = typeNodes.stream().map(this::type).toList();
        List<IrFunction> functions = unique(named(kdl.nodes(), "function"), "function").stream()
                .map(this::function)
                .toList();
        List<IrContext> contexts = unique(named(kdl.nodes(), "context"), "context").stream()
                .map(this::context)
                .toList();
        List<IrChannel> channels = unique(named(kdl.nodes(), "channel"), "channel").stream()
                .map(this::channel)
                .toList();
        List<IrPage> pages = named(kdl.nodes(), "page").stream().map(this::page).toList();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < pages.size(); i++) {
            if (!paths.add(pages.get(i).path())) {
                throw error(
                        "page '" + pages.get(i).path() + "' is declared twice",
                        named(kdl.nodes(), "page").get(i).position());
            }
        }
        IrDocument doc = new IrDocument(version, functions, contexts, types, channels, pages);
        References.check(doc, kdl);
        return doc;
    }

    private IrFunction function(KdlNode node) {
        List<IrParam> params = new ArrayList<>();
        TypeExpr output = null;
        String doc = null, context = null, predicate = null;
        List<IrAffects> affects = new ArrayList<>();
        List<String> merge = new ArrayList<>(), roles = new ArrayList<>(), errors = new ArrayList<>();
        IrAuth auth = null;
        int rev = 1;
        int cacheTtl = 0;
        IrForm form = null;
        Set<String> paramNames = new HashSet<>();
        for (KdlNode child : node.children()) {
            switch (child.name()) {
                case "doc" -> doc = arg(child);
                case "param" -> {
                    String name = arg(child);
                    if (!paramNames.add(name)) {
                        throw error("param '" + name + "' is declared twice", child.position());
                    }
                    TypeExpr type = resolver.value(stringProp(child, "type"), Set.of());
                    params.add(new IrParam(name, type, flag(child, "optional")));
                }
                case "output" -> output = resolver.output(stringProp(child, "type"));
                case "context" -> context = arg(child);
                case "cache" -> cacheTtl = cacheTtl(child);
                case "form" -> form = form(child);
                case "affects" -> affects.add(new IrAffects(arg(child), flag(child, "slot")));
                case "merge" -> merge.add(arg(child));
                case "auth" -> {
                    auth = IrAuth.fromWireName(arg(child));
                    if (auth == null) {
                        throw error("unknown auth level '" + arg(child) + "'", child.position());
                    }
                }
                case "predicate" -> predicate = arg(child);
                case "roles" -> roles.addAll(args(child));
                case "rev" -> rev = intArg(child);
                case "errors" -> errors.addAll(args(child));
                default -> {}
            }
        }
        if (output == null) {
            throw error("function '" + arg(node) + "' has no 'output' node", node.position());
        }
        if (auth == null) {
            throw error("function '" + arg(node) + "' has no 'auth' node", node.position());
        }
        return new IrFunction(
                arg(node), doc, params, output, context, affects, merge, auth, predicate, roles, rev, errors, cacheTtl,
                form);
    }

    private static IrForm form(KdlNode node) {
        List<IrForm.Field> fields = new ArrayList<>();
        for (KdlNode field : named(node.children(), "field")) {
            List<IrForm.Constraint> constraints = new ArrayList<>();
            for (KdlNode c : named(field.children(), "constraint")) {
                java.util.TreeMap<String, Object> params = new java.util.TreeMap<>();
                String message = "";
                for (var e : c.props().entrySet()) {
                    if (e.getKey().equals("message")) {
                        message = stringProp(c, "message").value();
                        continue;
                    }
                    switch (e.getValue()) {
                        case dev.mizan.ir.kdl.KdlValue.KdlString s -> params.put(e.getKey(), s.value());
                        case dev.mizan.ir.kdl.KdlValue.KdlBoolean b -> params.put(e.getKey(), b.value());
                        case dev.mizan.ir.kdl.KdlValue.KdlNumber n -> params.put(e.getKey(), n.bigDecimal());
                        default ->
                            throw error(
                                    "constraint property '" + e.getKey() + "' must be a string, number or boolean",
                                    c.position());
                    }
                }
                constraints.add(new IrForm.Constraint(arg(c), params, message));
            }
            fields.add(new IrForm.Field(
                    arg(field),
                    flag(field, "required"),
                    optionalString(field, "label"),
                    optionalString(field, "help"),
                    optionalString(field, "default"),
                    constraints));
        }
        return new IrForm(arg(node), fields);
    }

    private static @Nullable String optionalString(KdlNode node, String key) {
        return node.prop(key) == null ? null : stringProp(node, key).value();
    }

    private IrPage page(KdlNode node) {
        RenderStrategy render = null;
        List<String> embeds = new ArrayList<>();
        for (KdlNode child : node.children()) {
            switch (child.name()) {
                case "render" -> {
                    render = RenderStrategy.fromWireName(arg(child));
                    if (render == null) {
                        throw error(
                                "unknown render strategy '" + arg(child) + "' (ssr, csr, static or edge)",
                                child.position());
                    }
                }
                case "embeds" -> embeds.addAll(args(child));
                default -> {}
            }
        }
        if (render == null) {
            throw error("page '" + arg(node) + "' has no 'render' node", node.position());
        }
        return new IrPage(arg(node), render, embeds);
    }

    private IrChannel channel(KdlNode node) {
        List<IrParam> params = new ArrayList<>();
        TypeExpr message = null;
        String doc = null, predicate = null;
        List<String> roles = new ArrayList<>();
        IrAuth auth = null;
        boolean clientPublish = false;
        Set<String> paramNames = new HashSet<>();
        for (KdlNode child : node.children()) {
            switch (child.name()) {
                case "doc" -> doc = arg(child);
                case "param" -> {
                    String name = arg(child);
                    if (!paramNames.add(name)) {
                        throw error("param '" + name + "' is declared twice", child.position());
                    }
                    params.add(new IrParam(
                            name, resolver.value(stringProp(child, "type"), Set.of()), flag(child, "optional")));
                }
                case "message" -> message = resolver.value(stringProp(child, "type"), Set.of());
                case "auth" -> {
                    auth = IrAuth.fromWireName(arg(child));
                    if (auth == null) {
                        throw error("unknown auth level '" + arg(child) + "'", child.position());
                    }
                }
                case "predicate" -> predicate = arg(child);
                case "roles" -> roles.addAll(args(child));
                case "client-publish" -> clientPublish = boolArg(child);
                default -> {}
            }
        }
        if (message == null) {
            throw error("channel '" + arg(node) + "' has no 'message' node", node.position());
        }
        if (auth == null) {
            throw error("channel '" + arg(node) + "' has no 'auth' node", node.position());
        }
        return new IrChannel(arg(node), doc, params, message, auth, predicate, roles, clientPublish);
    }

    private static int cacheTtl(KdlNode node) {
        if (!(node.prop("ttl") instanceof dev.mizan.ir.kdl.KdlValue.KdlNumber n)
                || !n.isInteger()
                || n.bigInteger().signum() <= 0
                || n.bigInteger().bitLength() > 31) {
            throw error("'cache' needs a ttl= property: a positive whole number of seconds", node.position());
        }
        return n.bigInteger().intValue();
    }

    private IrContext context(KdlNode node) {
        int rev = 0;
        IrScope scope = IrScope.CLASS;
        boolean live = false;
        List<IrContextParam> params = new ArrayList<>();
        List<String> members = new ArrayList<>();
        for (KdlNode child : node.children()) {
            switch (child.name()) {
                case "rev" -> rev = intArg(child);
                case "scope" -> scope = scope(child);
                case "live" -> live = boolArg(child);
                case "param" -> {
                    TypeExpr type = resolver.value(stringProp(child, "type"), Set.of());
                    List<String> sharedBy = new ArrayList<>();
                    named(child.children(), "shared-by").forEach(s -> sharedBy.addAll(args(s)));
                    params.add(new IrContextParam(arg(child), type, flag(child, "required"), sharedBy));
                }
                case "member" -> members.add(arg(child));
                default -> {}
            }
        }
        return new IrContext(arg(node), rev, scope, params, members, live);
    }

    private IrScope scope(KdlNode node) {
        IrScope scope = IrScope.fromWireName(arg(node));
        if (scope == null) {
            throw error("unknown context scope '" + arg(node) + "' (class, public or user)", node.position());
        }
        return scope;
    }

    private IrType type(KdlNode node) {
        String name = arg(node);
        List<String> typeParams = new ArrayList<>();
        named(node.children(), "type-param").forEach(t -> typeParams.add(arg(t)));
        Set<String> scope = Set.copyOf(typeParams);
        return switch (stringProp(node, "kind").value()) {
            case "record" -> {
                List<IrField> fields = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (KdlNode f : named(node.children(), "field")) {
                    if (!seen.add(arg(f))) {
                        throw error("field '" + arg(f) + "' is declared twice", f.position());
                    }
                    fields.add(new IrField(arg(f), resolver.value(stringProp(f, "type"), scope), flag(f, "optional")));
                }
                List<KdlNode> additional = named(node.children(), "additional");
                if (additional.size() > 1) {
                    throw error(
                            "'additional' is declared twice", additional.get(1).position());
                }
                TypeExpr rest =
                        additional.isEmpty() ? null : resolver.value(stringProp(additional.getFirst(), "type"), scope);
                String shape = node.prop("shape") == null
                        ? null
                        : stringProp(node, "shape").value();
                yield new IrType.RecordType(name, typeParams, fields, tag(node), rest, shape);
            }
            case "enum" ->
                new IrType.EnumType(
                        name,
                        named(node.children(), "value").stream()
                                .map(KdlAccess::arg)
                                .toList());
            case "union" -> {
                List<IrVariant> variants = new ArrayList<>();
                for (KdlNode v : named(node.children(), "variant")) {
                    TypeExpr type = resolver.value(stringProp(v, "type"), scope);
                    if (!(type instanceof TypeExpr.Named n)
                            || !headers.get(n.name()).kind().equals("record")) {
                        throw error("a union variant must be a record type", v.position());
                    }
                    variants.add(new IrVariant(arg(v), type));
                }
                boolean wrapped = flag(node, "wrapped");
                if (wrapped && node.prop("discriminator") != null) {
                    throw error("a wrapped union has no discriminator", node.position());
                }
                String discriminator =
                        wrapped ? null : stringProp(node, "discriminator").value();
                yield new IrType.UnionType(name, typeParams, discriminator, variants);
            }
            default ->
                throw error("unknown type kind '" + stringProp(node, "kind").value() + "'", node.position());
        };
    }

    private static @Nullable IrTag tag(KdlNode node) {
        if (node.prop("tag") == null && node.prop("discriminator") == null) {
            return null;
        }
        return new IrTag(
                stringProp(node, "discriminator").value(),
                stringProp(node, "tag").value());
    }

    private static List<KdlNode> named(List<KdlNode> nodes, String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).toList();
    }

    private static List<KdlNode> unique(List<KdlNode> nodes, String what) {
        Map<String, KdlNode> seen = new LinkedHashMap<>();
        for (KdlNode node : nodes) {
            if (seen.put(arg(node), node) != null) {
                throw error(what + " '" + arg(node) + "' is declared twice", node.position());
            }
        }
        return nodes;
    }
}
