package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.jsontype.TypeSerializer;

/** Polymorphic types (@JsonTypeInfo with a discriminator property or a wrapper object) as tagged unions. */
final class Unions {

    private final Describer describer;

    Unions(Describer describer) {
        this.describer = describer;
    }

    NamedType.UnionDef union(Class<?> c, String name, TypeSerializer ts, Scope outer) {
        Scope scope = outer.at(" → " + name);
        JsonTypeInfo.As as = ts.getTypeInclusion();
        boolean wrapped = as == JsonTypeInfo.As.WRAPPER_OBJECT;
        if (as != JsonTypeInfo.As.PROPERTY && as != JsonTypeInfo.As.EXISTING_PROPERTY && !wrapped) {
            throw scope.error(c.getName() + " uses @JsonTypeInfo(include = " + as
                    + "); only a discriminator property (PROPERTY, EXISTING_PROPERTY) or WRAPPER_OBJECT is supported");
        }
        JsonTypeInfo.Id id = ts.getTypeIdResolver().getMechanism();
        if (id != JsonTypeInfo.Id.NAME && id != JsonTypeInfo.Id.SIMPLE_NAME) {
            throw scope.error(c.getName() + " uses @JsonTypeInfo(use = " + id + "); use Id.NAME");
        }
        SerializationConfig config = describer.ctx.getConfig();
        JavaType type = describer.mapper.constructType(c);
        Collection<tools.jackson.databind.jsontype.NamedType> subtypes = config.getSubtypeResolver()
                .collectAndResolveSubtypesByTypeId(config, describer.ctx.introspectClassAnnotations(type));
        List<NamedType.Variant> variants = new ArrayList<>();
        Set<String> tags = new HashSet<>();
        for (var subtype : subtypes) {
            Class<?> k = subtype.getType();
            if (k == c || k.isInterface() || Modifier.isAbstract(k.getModifiers())) {
                continue;
            }
            String tag = ts.getTypeIdResolver().idFromValueAndType(describer.ctx, null, k);
            if (!tags.add(tag)) {
                throw scope.error("two subtypes of " + c.getName() + " share the discriminator value '" + tag + "'");
            }
            String variant = describer.define(k, scope);
            variants.add(new NamedType.Variant(tag, new WireType.Ref(variant, typeArgs(c, k, scope), false)));
        }
        if (variants.isEmpty()) {
            throw scope.error(c.getName() + " has no concrete subtypes the mapper knows: list them with @JsonSubTypes");
        }
        variants.sort(Comparator.comparing(NamedType.Variant::tag));
        List<String> typeParams =
                Arrays.stream(c.getTypeParameters()).map(TypeVariable::getName).toList();
        String discriminator = wrapped ? null : describer.discriminatorProperty(c, ts);
        return new NamedType.UnionDef(name, c, typeParams, discriminator, variants);
    }

    /**
     * The type arguments of a variant of a generic union, in terms of the union's type parameters:
     * each type parameter of the variant must be passed straight to one of the union's
     * ({@code record Ok<T>(T value) implements Result<T>}), so that the union's arguments decide
     * the variant's.
     */
    private static List<WireType> typeArgs(Class<?> union, Class<?> variant, Scope scope) {
        TypeVariable<?>[] own = variant.getTypeParameters();
        if (own.length == 0) {
            return List.of();
        }
        Type[] passed = supertypeArgs(variant, union);
        List<WireType> args = new ArrayList<>();
        for (TypeVariable<?> v : own) {
            int at = Arrays.asList(passed).indexOf(v);
            if (at < 0) {
                throw scope.error("variant " + variant.getName() + " of generic union " + union.getName()
                        + ": its type parameter " + v.getName() + " must be passed to " + union.getSimpleName());
            }
            args.add(new WireType.Var(union.getTypeParameters()[at].getName(), false));
        }
        return args;
    }

    /** The type arguments {@code variant} gives {@code union} where it extends or implements it directly. */
    private static Type[] supertypeArgs(Class<?> variant, Class<?> union) {
        List<Type> supers = new ArrayList<>(Arrays.asList(variant.getGenericInterfaces()));
        supers.add(variant.getGenericSuperclass());
        for (Type t : supers) {
            if (t instanceof ParameterizedType p && p.getRawType() == union) {
                return p.getActualTypeArguments();
            }
        }
        return new Type[0];
    }
}
