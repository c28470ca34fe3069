package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.jsontype.TypeSerializer;

/** Polymorphic types (@JsonTypeInfo with a property discriminator) as tagged unions. */
final class Unions {

    private final Describer describer;

    Unions(Describer describer) {
        this.describer = describer;
    }

    NamedType.UnionDef union(Class<?> c, String name, TypeSerializer ts, Scope outer) {
        Scope scope = outer.at(" → " + name);
        if (c.getTypeParameters().length > 0) {
            throw scope.error("generic polymorphic type " + c.getName() + " is not supported");
        }
        JsonTypeInfo.As as = ts.getTypeInclusion();
        if (as != JsonTypeInfo.As.PROPERTY && as != JsonTypeInfo.As.EXISTING_PROPERTY) {
            throw scope.error(c.getName() + " uses @JsonTypeInfo(include = " + as
                    + "); only a discriminator property (PROPERTY, EXISTING_PROPERTY) is supported");
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
            variants.add(new NamedType.Variant(tag, new WireType.Ref(variant, List.of(), false)));
        }
        if (variants.isEmpty()) {
            throw scope.error(c.getName() + " has no concrete subtypes the mapper knows: list them with @JsonSubTypes");
        }
        variants.sort(Comparator.comparing(NamedType.Variant::tag));
        return new NamedType.UnionDef(name, c, describer.discriminatorProperty(c, ts), variants);
    }
}
