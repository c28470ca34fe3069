package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.AnyGetterWriter;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.util.NameTransformer;

/** Records and enums as the mapper's serializers write them. */
final class Beans {

    private final Describer describer;

    Beans(Describer describer) {
        this.describer = describer;
    }

    /** True when the mapper writes the class with a bean serializer (checked before costlier introspection). */
    boolean isBean(Class<?> c) {
        if (c.isInterface() || java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
            return false;
        }
        return describer.ctx.findValueSerializer(describer.mapper.constructType(c)) instanceof BeanSerializerBase;
    }

    @Nullable
    AnnotatedMember jsonValueAccessor(Class<?> c) {
        JavaType type = describer.mapper.constructType(c);
        return describer.ctx.introspectBeanDescription(type).findJsonValueAccessor();
    }

    NamedType.EnumDef enumDef(Class<?> c, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (Object constant : c.getEnumConstants()) {
            JsonNode node = describer.mapper.valueToTree(constant);
            if (!node.isString()) {
                throw new UnsupportedTypeException("enum " + c.getName() + " constant " + constant + " is written as "
                        + node + "; only string enums are supported");
            }
            values.add(node.asString());
        }
        return new NamedType.EnumDef(name, c, List.copyOf(values));
    }

    NamedType.RecordDef record(Class<?> c, String name, Scope outer) {
        Scope scope = new Scope(describer.marked(c), List.of(c.getTypeParameters()), outer.path() + " → " + name);
        JavaType type = describer.mapper.constructType(c);
        ValueSerializer<Object> serializer = describer.ctx.findValueSerializer(type);
        List<String> typeParams =
                List.of(c.getTypeParameters()).stream().map(v -> v.getName()).toList();
        NamedType.Tag tag = tag(c);
        if (!(serializer instanceof BeanSerializerBase bean)) {
            if (c.isRecord() && c.getRecordComponents().length == 0) {
                return new NamedType.RecordDef(name, c, typeParams, List.of(), tag, null);
            }
            throw scope.error("the JSON mapper does not write " + c.getName() + " as an object of properties ("
                    + serializer.getClass().getSimpleName() + ")");
        }
        List<NamedType.Field> fields = new ArrayList<>();
        WireType additional = null;
        for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
            PropertyWriter writer = it.next();
            if (writer instanceof AnyGetterWriter any) {
                additional = anyProperties(
                        any, scope.at(" @JsonAnyGetter " + any.getMember().getName()));
                continue;
            }
            if (!(writer instanceof BeanPropertyWriter property)) {
                throw scope.error("property " + writer.getName() + " is not a plain bean property");
            }
            if (tag != null && property.getName().equals(tag.property())) {
                continue;
            }
            fields.addAll(fields(c, property, scope.at("." + property.getName())));
        }
        return new NamedType.RecordDef(name, c, typeParams, fields, tag, additional);
    }

    /** The value type of the map an any-getter returns: its entries are flattened into the object. */
    private WireType anyProperties(AnyGetterWriter any, Scope scope) {
        WireType map = describer.describe(Describer.annotatedType(any.getMember()), scope);
        if (!(map instanceof WireType.MapType m)) {
            throw scope.error("@JsonAnyGetter must return a Map");
        }
        return m.value();
    }

    private List<NamedType.Field> fields(Class<?> owner, BeanPropertyWriter property, Scope scope) {
        AnnotatedMember member = property.getMember();
        WireType type = describer.describe(Describer.annotatedType(member), scope);
        Annotation[] declaration = ((AnnotatedElement) member.getAnnotated()).getAnnotations();
        if (Nullness.has(declaration, "Nullable")) {
            type = type.withNullable(true);
        } else if (Nullness.nonNull(declaration)) {
            type = type.withNullable(false);
        }
        JsonRawValue raw = member.getAnnotation(JsonRawValue.class);
        if (raw != null && raw.value()) {
            describer.rawValueOwners.add(owner);
            type = new WireType.ScalarType(Scalar.ANY, type.nullable());
        }
        type = NumberShapes.apply(type, property.findPropertyFormat(describer.ctx.getConfig(), member.getRawType()));
        if (property.isUnwrapping()) {
            return unwrapped(member, type, scope);
        }
        JsonInclude.Include inclusion =
                property.findPropertyInclusion(describer.ctx.getConfig(), owner).getValueInclusion();
        boolean reference = member.getRawType() == Optional.class;
        boolean canBeNull = type.nullable() || reference;
        boolean emptyable = type instanceof WireType.ArrayType
                || type instanceof WireType.MapType
                || (type instanceof WireType.ScalarType s && s.scalar() == Scalar.STRING);
        boolean optional = switch (inclusion) {
            case NON_NULL, NON_ABSENT -> canBeNull;
            case NON_EMPTY -> canBeNull || emptyable;
            case NON_DEFAULT, CUSTOM -> true;
            default -> property.willSuppressNulls() && canBeNull;
        };
        boolean nullsOmitted = inclusion != JsonInclude.Include.CUSTOM
                && (property.willSuppressNulls() || inclusion != JsonInclude.Include.ALWAYS)
                && inclusion != JsonInclude.Include.USE_DEFAULTS
                && !(reference && inclusion == JsonInclude.Include.NON_NULL);
        return List.of(
                new NamedType.Field(property.getName(), nullsOmitted ? type.withNullable(false) : type, optional));
    }

    private List<NamedType.Field> unwrapped(AnnotatedMember member, WireType type, Scope scope) {
        if (!(type instanceof WireType.Ref ref)
                || !ref.args().isEmpty()
                || !(describer.definition(member.getRawType()) instanceof NamedType.RecordDef inner)) {
            throw scope.error("@JsonUnwrapped is supported on non-generic record or bean types only");
        }
        NameTransformer names = describer
                .ctx
                .getAnnotationIntrospector()
                .findUnwrappingNameTransformer(describer.ctx.getConfig(), member);
        List<NamedType.Field> out = new ArrayList<>();
        for (NamedType.Field f : inner.fields()) {
            String name = names == null ? f.name() : names.transform(f.name());
            out.add(new NamedType.Field(name, f.type(), f.optional() || ref.nullable()));
        }
        return out;
    }

    /** The discriminator property and value the mapper writes into a concrete polymorphic class, or {@code null}. */
    private NamedType.@Nullable Tag tag(Class<?> c) {
        TypeSerializer ts = describer.typeSerializer(c);
        if (ts == null) {
            return null;
        }
        JsonTypeInfo.As as = ts.getTypeInclusion();
        if (as != JsonTypeInfo.As.PROPERTY && as != JsonTypeInfo.As.EXISTING_PROPERTY) {
            return null;
        }
        String value = ts.getTypeIdResolver().idFromValueAndType(describer.ctx, null, c);
        return new NamedType.Tag(describer.discriminatorProperty(c, ts), value);
    }
}
