package dev.mizan.codegen.render;

import dev.mizan.codegen.GeneratedFile;
import dev.mizan.codegen.view.FieldView;
import dev.mizan.codegen.view.TypeDeclView;
import dev.mizan.codegen.view.TypesFile;
import dev.mizan.ir.model.IrDocument;
import dev.mizan.ir.model.IrField;
import dev.mizan.ir.model.IrType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Builds the view of the types module: one declaration per IR type. */
final class TypeViews {

    private final IrDocument ir;
    private final TsTypes ts;
    private final InputForms forms;
    private final TsTypes inputTs;

    TypeViews(IrDocument ir, TsTypes ts, InputForms forms) {
        this.ir = ir;
        this.ts = ts;
        this.forms = forms;
        this.inputTs = ts.input(forms);
    }

    /**
     * Each type in the form it travels in: the input form for a type only requests carry, the
     * answer form otherwise, followed by a separate {@code <Name>Input} declaration when requests
     * carry it too and its input form differs.
     */
    TypesFile file() {
        TsTypes.Uses uses = TsTypes.Uses.create();
        List<TypeDeclView> decls = new ArrayList<>();
        for (IrType type :
                ir.types().stream().sorted(Comparator.comparing(IrType::name)).toList()) {
            if (forms.hasInputForm(type.name()) && !forms.hasSeparateInputForm(type.name())) {
                decls.add(decl(type, type.name(), inputTs, true, uses));
                continue;
            }
            decls.add(decl(type, type.name(), ts, false, uses));
            if (forms.hasSeparateInputForm(type.name())) {
                decls.add(decl(type, forms.inputName(type.name()), inputTs, true, uses));
            }
        }
        return new TypesFile(
                GeneratedFile.HEADER,
                new Imports().add("@mizan/base", List.of(), uses.kernel()).build(),
                decls);
    }

    /** The name of the constant listing an enum's values: {@code TaskStatus} → {@code taskStatusValues}. */
    static String valuesConst(String enumName) {
        return Character.toLowerCase(enumName.charAt(0)) + enumName.substring(1) + "Values";
    }

    private TypeDeclView decl(IrType type, String name, TsTypes ts, boolean input, TsTypes.Uses uses) {
        return switch (type) {
            case IrType.RecordType r -> record(r, name, ts, input, uses);
            case IrType.EnumType e ->
                new TypeDeclView.EnumView(
                        e.name(),
                        valuesConst(e.name()),
                        e.values().stream().map(TsNames::literal).toList());
            case IrType.UnionType u ->
                new TypeDeclView.UnionView(
                        name,
                        input ? inputDoc(u.name()) : null,
                        typeParams(u.typeParams()),
                        u.discriminator() == null ? null : TsNames.propertyKey(u.discriminator()),
                        u.variants().stream()
                                .map(v -> new TypeDeclView.VariantView(
                                        TsNames.literal(v.tag()),
                                        TsNames.propertyKey(v.tag()),
                                        ts.render(v.type(), uses)))
                                .toList());
        };
    }

    /**
     * A record: a variant's tag comes first as a literal-typed field; flattened further properties
     * become an index signature whose type also admits every field's type (TypeScript requires it).
     */
    private TypeDeclView.RecordView record(
            IrType.RecordType r, String name, TsTypes ts, boolean input, TsTypes.Uses uses) {
        List<FieldView> fields = new ArrayList<>();
        if (r.tag() != null) {
            fields.add(new FieldView(
                    TsNames.propertyKey(r.tag().property()),
                    false,
                    TsNames.literal(r.tag().value())));
        }
        r.fields().forEach(f -> fields.add(field(f, ts, input, uses)));
        String index = null;
        if (r.additional() != null) {
            Set<String> members = new LinkedHashSet<>();
            members.add(ts.render(r.additional(), uses));
            fields.forEach(f -> members.add(f.type()));
            if (r.fields().stream().anyMatch(f -> input ? InputForms.omittable(f) : f.optional())) {
                members.add("undefined");
            }
            index = String.join(" | ", members);
        }
        return new TypeDeclView.RecordView(
                name,
                input ? inputDoc(r.name()) : shapeDoc(r),
                recordTypeParams(r.typeParams(), fields, index),
                fields,
                index);
    }

    /**
     * A generic record's type parameters; one its fields do not use (a union variant that ignores
     * the union's argument) is spelled with a leading {@code _}, so strict {@code noUnusedLocals}
     * code accepts it. Type arguments are positional, so references are unaffected.
     */
    private static String recordTypeParams(List<String> params, List<FieldView> fields, @Nullable String index) {
        StringBuilder types = new StringBuilder(index == null ? "" : index);
        fields.forEach(f -> types.append(' ').append(f.type()));
        List<String> spelled = params.stream()
                .map(p -> Pattern.compile("\\b" + p + "\\b").matcher(types).find() ? p : "_" + p)
                .toList();
        return typeParams(spelled);
    }

    /** In the input form a nullable field may also be left out: {@code field?: T | null}. */
    private static FieldView field(IrField field, TsTypes ts, boolean input, TsTypes.Uses uses) {
        return new FieldView(
                TsNames.propertyKey(field.name()),
                input ? InputForms.omittable(field) : field.optional(),
                ts.render(field.type(), uses));
    }

    /** The TSDoc of an input form: what differs from the answer form. */
    /** The TSDoc of a shape record's answer form (IR {@code shape=ENTITY}): which entity it projects. */
    private static @Nullable String shapeDoc(IrType.RecordType r) {
        return r.shape() == null
                ? null
                : "/** A shape of the server's `" + r.shape() + "` entity: the server reads exactly these fields. */";
    }

    private String inputDoc(String irName) {
        return forms.hasSeparateInputForm(irName)
                ? "/** {@link " + irName + "} as a request sends it: nullable fields may be left out. */"
                : "/** Nullable fields may be left out of a request (the server reads a missing one as null). */";
    }

    private static String typeParams(List<String> params) {
        return params.isEmpty() ? "" : "<" + String.join(", ", params) + ">";
    }
}
