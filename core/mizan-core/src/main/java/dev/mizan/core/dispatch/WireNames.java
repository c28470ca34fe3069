package dev.mizan.core.dispatch;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.SerializationContextExt;
import tools.jackson.databind.ser.bean.BeanSerializerBase;

/**
 * Spells the property names of a validation path as the JSON mapper writes them (the names the IR
 * and the generated client use), not as Java declares them: {@code @JsonProperty} and a naming
 * strategy rename both. A property the mapper does not describe keeps its Java name.
 */
public final class WireNames {

    /**
     * A property as the mapper writes it.
     *
     * @param wire its JSON name
     * @param type its type
     */
    public record Property(String wire, JavaType type) {}

    private final ObjectMapper mapper;
    private final SerializationContextExt ctx;
    private final Map<JavaType, Map<String, Property>> beans = new ConcurrentHashMap<>();

    public WireNames(ObjectMapper mapper) {
        this.mapper = mapper;
        this.ctx = mapper._serializationContext();
    }

    /** The mapper's type for {@code type}, or {@code null} when it has none. */
    @Nullable
    public JavaType construct(@Nullable Type type) {
        try {
            return type == null ? null : mapper.constructType(type);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The property of {@code type} that Java names {@code javaName}, or {@code null} when the mapper does not write one. */
    @Nullable
    public Property property(JavaType type, String javaName) {
        JavaType value = type.isReferenceType() ? type.getReferencedType() : type;
        return beans.computeIfAbsent(value, this::describe).get(javaName);
    }

    private Map<String, Property> describe(JavaType type) {
        Map<String, Property> out = new HashMap<>();
        try {
            ValueSerializer<Object> serializer = ctx.findValueSerializer(type);
            if (!(serializer instanceof BeanSerializerBase bean)) {
                return out;
            }
            for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
                if (it.next() instanceof BeanPropertyWriter property) {
                    Property described = new Property(property.getName(), property.getType());
                    String member = property.getMember().getName();
                    out.put(member, described);
                    out.putIfAbsent(javaName(member), described);
                }
            }
        } catch (RuntimeException e) {
            // not a bean the mapper can describe: Java names stay
        }
        return out;
    }

    /** {@code getTitle} / {@code isDone} → {@code title} / {@code done}; a field or record accessor keeps its name. */
    static String javaName(String member) {
        for (String prefix : new String[] {"get", "is"}) {
            if (member.length() > prefix.length()
                    && member.startsWith(prefix)
                    && Character.isUpperCase(member.charAt(prefix.length()))) {
                String rest = member.substring(prefix.length());
                if (rest.length() > 1 && Character.isUpperCase(rest.charAt(1))) {
                    return rest;
                }
                return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            }
        }
        return member;
    }
}
