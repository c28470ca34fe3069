package dev.mizan.ir;

import dev.mizan.ir.kdl.Kdl;
import dev.mizan.ir.kdl.KdlDocument;
import dev.mizan.ir.kdl.KdlNode;
import dev.mizan.ir.kdl.KdlValue;
import dev.mizan.ir.kdl.KdlValue.KdlString;
import dev.mizan.ir.model.IrAffects;
import dev.mizan.ir.model.IrChannel;
import dev.mizan.ir.model.IrContext;
import dev.mizan.ir.model.IrContextParam;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrForm;
import dev.mizan.ir.model.IrFunction;
import dev.mizan.ir.model.IrPage;
import dev.mizan.ir.model.IrParam;
import dev.mizan.ir.model.IrType;
import dev.mizan.ir.model.IrVariant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link IrDocument} as canonical KDL (docs/ir.md): the same document always gives the
 * same bytes. Functions, contexts, channels, types, params, members, shared-by lists, errors and union
 * variants are sorted here; record fields, enum values, affects and merge keep the model's order.
 */
public final class IrWriter {

    private IrWriter() {}

    /** The canonical UTF-8 bytes of {@code document}. */
    public static byte[] write(IrDocument document) {
        return toText(document).getBytes(StandardCharsets.UTF_8);
    }

    /** The canonical text of {@code document}. */
    public static String toText(IrDocument document) {
        List<KdlNode> nodes = new ArrayList<>();
        nodes.add(node("mizan-ir", List.of(), Map.of("version", KdlValue.KdlNumber.of(document.version())), List.of()));
        sorted(document.functions(), IrFunction::name).forEach(f -> nodes.add(function(f)));
        sorted(document.contexts(), IrContext::name).forEach(c -> nodes.add(context(c)));
        sorted(document.channels(), IrChannel::name).forEach(c -> nodes.add(channel(c)));
        sorted(document.pages(), IrPage::path).forEach(p -> nodes.add(page(p)));
        sorted(document.types(), IrType::name).forEach(t -> nodes.add(type(t)));
        return Kdl.print(new KdlDocument(nodes));
    }

    /**
     * Writes {@code document} to {@code file} unless the file already holds exactly these bytes.
     *
     * @return true when the file was written
     */
    public static boolean writeIfChanged(IrDocument document, Path file) throws IOException {
        byte[] bytes = write(document);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(file, bytes);
        return true;
    }

    private static KdlNode function(IrFunction f) {
        List<KdlNode> children = new ArrayList<>();
        if (f.doc() != null) {
            children.add(simple("doc", f.doc()));
        }
        for (IrParam p : sorted(f.params(), IrParam::name)) {
            Map<String, KdlValue> props = new LinkedHashMap<>();
            props.put("type", str(p.type().render()));
            flag(props, "optional", p.optional());
            children.add(node("param", List.of(str(p.name())), props, List.of()));
        }
        children.add(node("output", List.of(), Map.of("type", str(f.output().render())), List.of()));
        if (f.context() != null) {
            children.add(simple("context", f.context()));
        }
        if (f.cacheTtl() > 0) {
            children.add(node("cache", List.of(), Map.of("ttl", KdlValue.KdlNumber.of(f.cacheTtl())), List.of()));
        }
        if (f.form() != null) {
            children.add(form(f.form()));
        }
        for (IrAffects a : f.affects()) {
            Map<String, KdlValue> props = new LinkedHashMap<>();
            flag(props, "slot", a.slot());
            children.add(node("affects", List.of(str(a.target())), props, List.of()));
        }
        f.merge().forEach(m -> children.add(simple("merge", m)));
        children.add(simple("auth", f.auth().wireName()));
        if (f.predicate() != null) {
            children.add(simple("predicate", f.predicate()));
        }
        if (!f.roles().isEmpty()) {
            children.add(list("roles", f.roles()));
        }
        children.add(node("rev", List.of(KdlValue.KdlNumber.of(f.rev())), Map.of(), List.of()));
        if (!f.errors().isEmpty()) {
            children.add(list("errors", f.errors().stream().sorted().toList()));
        }
        return node("function", List.of(str(f.name())), Map.of(), children);
    }

    private static KdlNode form(IrForm form) {
        List<KdlNode> fields = new ArrayList<>();
        for (IrForm.Field field : sorted(form.fields(), IrForm.Field::path)) {
            Map<String, KdlValue> props = new LinkedHashMap<>();
            if (field.defaultJson() != null) {
                props.put("default", str(field.defaultJson()));
            }
            if (field.help() != null) {
                props.put("help", str(field.help()));
            }
            if (field.label() != null) {
                props.put("label", str(field.label()));
            }
            flag(props, "required", field.required());
            List<KdlNode> constraints = new ArrayList<>();
            for (IrForm.Constraint c : field.constraints()) {
                Map<String, KdlValue> params = new java.util.TreeMap<>();
                c.params().forEach((k, v) -> params.put(k, constraintValue(v)));
                params.put("message", str(c.message()));
                constraints.add(node("constraint", List.of(str(c.name())), params, List.of()));
            }
            fields.add(node("field", List.of(str(field.path())), props, constraints));
        }
        return node("form", List.of(str(form.param())), Map.of(), fields);
    }

    private static KdlValue constraintValue(Object v) {
        if (v instanceof Boolean b) {
            return KdlValue.KdlBoolean.of(b);
        }
        if (v instanceof java.math.BigDecimal d) {
            return new KdlValue.KdlNumber(d.toPlainString(), null, dev.mizan.ir.kdl.KdlPosition.NONE);
        }
        return str(String.valueOf(v));
    }

    private static KdlNode channel(IrChannel c) {
        List<KdlNode> children = new ArrayList<>();
        if (c.doc() != null) {
            children.add(simple("doc", c.doc()));
        }
        for (IrParam p : sorted(c.params(), IrParam::name)) {
            Map<String, KdlValue> props = new LinkedHashMap<>();
            props.put("type", str(p.type().render()));
            flag(props, "optional", p.optional());
            children.add(node("param", List.of(str(p.name())), props, List.of()));
        }
        children.add(node("message", List.of(), Map.of("type", str(c.message().render())), List.of()));
        children.add(simple("auth", c.auth().wireName()));
        if (c.predicate() != null) {
            children.add(simple("predicate", c.predicate()));
        }
        if (!c.roles().isEmpty()) {
            children.add(list("roles", c.roles()));
        }
        if (c.clientPublish()) {
            children.add(node("client-publish", List.of(KdlValue.KdlBoolean.of(true)), Map.of(), List.of()));
        }
        return node("channel", List.of(str(c.name())), Map.of(), children);
    }

    private static KdlNode page(IrPage p) {
        List<KdlNode> children = new ArrayList<>();
        children.add(simple("render", p.render().wireName()));
        if (!p.embeds().isEmpty()) {
            children.add(list("embeds", p.embeds()));
        }
        return node("page", List.of(str(p.path())), Map.of(), children);
    }

    private static KdlNode context(IrContext c) {
        List<KdlNode> children = new ArrayList<>();
        children.add(node("rev", List.of(KdlValue.KdlNumber.of(c.rev())), Map.of(), List.of()));
        children.add(simple("scope", c.scope().wireName()));
        if (c.live()) {
            children.add(node("live", List.of(KdlValue.KdlBoolean.of(true)), Map.of(), List.of()));
        }
        for (IrContextParam p : sorted(c.params(), IrContextParam::name)) {
            Map<String, KdlValue> props = new LinkedHashMap<>();
            props.put("type", str(p.type().render()));
            flag(props, "required", p.required());
            List<KdlNode> shared = p.sharedBy().isEmpty()
                    ? List.of()
                    : List.of(list("shared-by", p.sharedBy().stream().sorted().toList()));
            children.add(node("param", List.of(str(p.name())), props, shared));
        }
        c.members().stream().sorted().forEach(m -> children.add(simple("member", m)));
        return node("context", List.of(str(c.name())), Map.of(), children);
    }

    private static KdlNode type(IrType type) {
        List<KdlNode> children = new ArrayList<>();
        type.typeParams().forEach(t -> children.add(simple("type-param", t)));
        Map<String, KdlValue> props = new LinkedHashMap<>();
        switch (type) {
            case IrType.RecordType r -> {
                if (r.tag() != null) {
                    props.put("discriminator", str(r.tag().property()));
                }
                props.put("kind", str("record"));
                if (r.shape() != null) {
                    props.put("shape", str(r.shape()));
                }
                if (r.tag() != null) {
                    props.put("tag", str(r.tag().value()));
                }
                for (IrField field : r.fields()) {
                    Map<String, KdlValue> fieldProps = new LinkedHashMap<>();
                    fieldProps.put("type", str(field.type().render()));
                    flag(fieldProps, "optional", field.optional());
                    children.add(node("field", List.of(str(field.name())), fieldProps, List.of()));
                }
                if (r.additional() != null) {
                    children.add(node(
                            "additional",
                            List.of(),
                            Map.of("type", str(r.additional().render())),
                            List.of()));
                }
            }
            case IrType.EnumType e -> {
                props.put("kind", str("enum"));
                e.values().forEach(v -> children.add(simple("value", v)));
            }
            case IrType.UnionType u -> {
                if (u.discriminator() != null) {
                    props.put("discriminator", str(u.discriminator()));
                }
                props.put("kind", str("union"));
                flag(props, "wrapped", u.discriminator() == null);
                for (IrVariant v : sorted(u.variants(), IrVariant::tag)) {
                    children.add(node(
                            "variant",
                            List.of(str(v.tag())),
                            Map.of("type", str(v.type().render())),
                            List.of()));
                }
            }
        }
        return node("type", List.of(str(type.name())), props, children);
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> key) {
        return items.stream().sorted(Comparator.comparing(key)).toList();
    }

    private static void flag(Map<String, KdlValue> props, String name, boolean value) {
        if (value) {
            props.put(name, KdlValue.KdlBoolean.of(true));
        }
    }

    private static KdlString str(String value) {
        return KdlString.of(value);
    }

    private static KdlNode simple(String name, String arg) {
        return node(name, List.of(str(arg)), Map.of(), List.of());
    }

    private static KdlNode list(String name, List<String> args) {
        return node(name, args.stream().<KdlValue>map(KdlString::of).toList(), Map.of(), List.of());
    }

    private static KdlNode node(String name, List<KdlValue> args, Map<String, KdlValue> props, List<KdlNode> children) {
        return KdlNode.of(name, args, props, children);
    }
}
