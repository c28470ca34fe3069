package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonInclude;
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
        if (!(serializer instanceof BeanSerializerBase bean)) {
            if (c.isRecord() && c.getRecordComponents().length == 0) {
                return new NamedType.RecordDef(name, c, typeParams, List.of());
            }
            throw scope.error("the JSON mapper does not write " + c.getName() + " as an object of properties ("
                    + serializer.getClass().getSimpleName() + ")");
        }
        String discriminator = discriminator(c);
        List<NamedType.Field> fields = new ArrayList<>();
        for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
            PropertyWriter writer = it.next();
            if (!(writer instanceof BeanPropertyWriter property)) {
                throw scope.error("property " + writer.getName() + " is not a plain bean property");
            }
            if (property.getName().equals(discriminator)) {
                continue;
            }
            fields.addAll(fields(c, property, scope.at("." + property.getName())));
        }
        return new NamedType.RecordDef(name, c, typeParams, fields);
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

    /** The type-id property the mapper writes for a polymorphic class, or {@code null}. */
    private @Nullable String discriminator(Class<?> c) {
        TypeSerializer ts = describer.typeSerializer(c);
        if (ts == null) {
            return null;
        }
        JsonTypeInfo.As as = ts.getTypeInclusion();
        return as == JsonTypeInfo.As.PROPERTY || as == JsonTypeInfo.As.EXISTING_PROPERTY
                ? describer.discriminatorProperty(c, ts)
                : null;
    }
}
