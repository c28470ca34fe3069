package dev.mizan.core.forms;

import dev.mizan.core.dispatch.WireNames;
import dev.mizan.core.registry.FunctionDescriptor;
import dev.mizan.core.registry.ParamDescriptor;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The description of a form: a server function that takes a {@link MizanForm} record. Built by
 * reflection from the function's parameters and the records they reach (nested records and lists
 * of records), with wire names as the JSON mapper writes them; the same for the runtime
 * {@code NAME.schema} answer and for the IR.
 *
 * @param function the function's protocol name
 * @param param the name of the parameter whose type is the {@link MizanForm} record
 * @param fields every input field at every depth, parameters first, in declaration order
 */
public record FormSpec(String function, String param, List<FormField> fields) {

    public FormSpec {
        fields = List.copyOf(fields);
    }

    /** Whether the function takes a {@link MizanForm} record (and so is a form). */
    public static boolean isForm(FunctionDescriptor fn) {
        return formParam(fn) != null;
    }

    /**
     * The parameter whose type is a {@link MizanForm} record, or {@code null}.
     *
     * @throws IllegalArgumentException when the function takes two
     */
    public static @Nullable ParamDescriptor formParam(FunctionDescriptor fn) {
        ParamDescriptor found = null;
        for (ParamDescriptor p : fn.inputs()) {
            if (raw(p.type()).isAnnotationPresent(MizanForm.class)) {
                if (found != null) {
                    throw new IllegalArgumentException(fn.source() + " takes two @MizanForm parameters ('"
                            + found.name() + "' and '" + p.name() + "'): a form has one input record");
                }
                found = p;
            }
        }
        return found;
    }

    /** The form of {@code fn}, or {@code null} when it takes no {@link MizanForm} record. */
    public static @Nullable FormSpec of(FunctionDescriptor fn, ObjectMapper mapper) {
        ParamDescriptor form = formParam(fn);
        if (form == null) {
            return null;
        }
        Reader reader = new Reader(mapper);
        Parameter[] parameters = fn.method().getParameters();
        AnnotatedType[] types = fn.method().getAnnotatedParameterTypes();
        for (ParamDescriptor p : fn.inputs()) {
            reader.field(p.name(), parameters[p.index()], types[p.index()], new HashSet<>());
        }
        return new FormSpec(fn.name(), form.name(), reader.fields);
    }

    private static final class Reader {
        private final ObjectMapper mapper;
        private final WireNames wire;
        private final List<FormField> fields = new ArrayList<>();

        Reader(ObjectMapper mapper) {
            this.mapper = mapper;
            this.wire = new WireNames(mapper);
        }

        void field(String path, AnnotatedElement element, AnnotatedType use, Set<Class<?>> stack) {
            Type type = use.getType();
            Class<?> raw = raw(type);
            boolean optional = raw == Optional.class;
            AnnotatedType valueUse = optional ? argument(use, 0) : use;
            Class<?> value = raw(valueUse.getType());
            List<FormConstraint> constraints = Constraints.on(element, use);
            if (optional) {
                constraints = merge(constraints, Constraints.on(noAnnotations(), valueUse));
            }
            AnnotatedType element0 = elementOf(valueUse);
            Class<?> item = element0 == null ? null : raw(element0.getType());
            String kind = element0 != null ? "list" : kind(value);
            boolean required = !optional
                    && (value.isPrimitive()
                            || constraints.stream()
                                    .anyMatch(c -> c.name().equals("NotNull")
                                            || c.name().equals("NotBlank")
                                            || c.name().equals("NotEmpty")));
            List<String> choices =
                    value.isEnum() ? choices(value) : item != null && item.isEnum() ? choices(item) : List.of();
            if (isRecord(value)) {
                constraints = merge(constraints, Constraints.onClass(value));
            }
            fields.add(new FormField(
                    path,
                    kind,
                    required,
                    text(element, Label.class),
                    text(element, Help.class),
                    text(element, DefaultValue.class),
                    choices,
                    constraints));
            if (isRecord(value)) {
                record(path, value, stack);
            } else if (item != null && isRecord(item)) {
                List<FormConstraint> itemConstraints = Constraints.on(noAnnotations(), element0);
                if (!itemConstraints.isEmpty() || !Constraints.onClass(item).isEmpty()) {
                    fields.add(new FormField(
                            path + "[]",
                            "object",
                            false,
                            null,
                            null,
                            null,
                            List.of(),
                            merge(itemConstraints, Constraints.onClass(item))));
                }
                record(path + "[]", item, stack);
            } else if (element0 != null) {
                List<FormConstraint> itemConstraints = Constraints.on(noAnnotations(), element0);
                if (!itemConstraints.isEmpty()) {
                    fields.add(
                            new FormField(path + "[]", kind(item), false, null, null, null, choices, itemConstraints));
                }
            }
        }

        private void record(String path, Class<?> type, Set<Class<?>> stack) {
            if (!stack.add(type)) {
                return; // a record that contains itself: its fields are described once, at the outer level
            }
            JavaType javaType = wire.construct(type);
            for (RecordComponent c : type.getRecordComponents()) {
                WireNames.Property property = javaType == null ? null : wire.property(javaType, c.getName());
                String name = property == null ? c.getName() : property.wire();
                AnnotatedElement element = declared(type, c);
                field(path + "." + name, element, c.getAnnotatedType(), stack);
            }
            stack.remove(type);
        }

        private List<String> choices(Class<?> enumType) {
            List<String> out = new ArrayList<>();
            for (Object constant : enumType.getEnumConstants()) {
                JsonNode node = mapper.valueToTree(constant);
                out.add(node.isString() ? node.stringValue() : node.toString());
            }
            return out;
        }
    }

    /** The record's private field: constraint annotations on a component land there (and on the accessor). */
    private static AnnotatedElement declared(Class<?> type, RecordComponent c) {
        try {
            Field f = type.getDeclaredField(c.getName());
            return f;
        } catch (NoSuchFieldException e) {
            return c;
        }
    }

    private static @Nullable String text(
            AnnotatedElement element, Class<? extends java.lang.annotation.Annotation> type) {
        java.lang.annotation.Annotation a = element.getAnnotation(type);
        if (a instanceof Label l) {
            return l.value();
        }
        if (a instanceof Help h) {
            return h.value();
        }
        if (a instanceof DefaultValue d) {
            return d.value();
        }
        return null;
    }

    private static List<FormConstraint> merge(List<FormConstraint> a, List<FormConstraint> b) {
        if (b.isEmpty()) {
            return a;
        }
        List<FormConstraint> out = new ArrayList<>(a);
        out.addAll(b);
        out.sort(java.util.Comparator.comparing(FormConstraint::name)
                .thenComparing(c -> c.params().toString()));
        return List.copyOf(out);
    }

    private static AnnotatedElement noAnnotations() {
        return NoAnnotations.INSTANCE;
    }

    private enum NoAnnotations implements AnnotatedElement {
        INSTANCE;

        @Override
        public <T extends java.lang.annotation.Annotation> @Nullable T getAnnotation(Class<T> annotationClass) {
            return null;
        }

        @Override
        public java.lang.annotation.Annotation[] getAnnotations() {
            return new java.lang.annotation.Annotation[0];
        }

        @Override
        public java.lang.annotation.Annotation[] getDeclaredAnnotations() {
            return new java.lang.annotation.Annotation[0];
        }
    }

    private static @Nullable AnnotatedType elementOf(AnnotatedType use) {
        Class<?> raw = raw(use.getType());
        if (raw.isArray() && raw != byte[].class && use instanceof java.lang.reflect.AnnotatedArrayType array) {
            return array.getAnnotatedGenericComponentType();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return argument(use, 0);
        }
        return null;
    }

    private static AnnotatedType argument(AnnotatedType use, int index) {
        if (use instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length > index) {
            return p.getAnnotatedActualTypeArguments()[index];
        }
        return use;
    }

    private static boolean isRecord(Class<?> type) {
        return type.isRecord() && !type.getName().startsWith("java.");
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof java.lang.reflect.GenericArrayType g) {
            return java.lang.reflect.Array.newInstance(raw(g.getGenericComponentType()), 0)
                    .getClass();
        }
        return Object.class;
    }

    private static String kind(Class<?> t) {
        if (t == String.class || t == char.class || t == Character.class || t == java.util.UUID.class) {
            return "string";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "boolean";
        }
        if (t == int.class
                || t == long.class
                || t == short.class
                || t == byte.class
                || t == Integer.class
                || t == Long.class
                || t == Short.class
                || t == Byte.class
                || t == BigInteger.class) {
            return "integer";
        }
        if (t == double.class || t == float.class || t == Double.class || t == Float.class || t == BigDecimal.class) {
            return "number";
        }
        if (t.isEnum()) {
            return "enum";
        }
        if (t == LocalDate.class) {
            return "date";
        }
        if (t == LocalTime.class) {
            return "time";
        }
        if (t == LocalDateTime.class) {
            return "datetime";
        }
        if (t == Instant.class || t == OffsetDateTime.class || t == ZonedDateTime.class) {
            return "instant";
        }
        if (isRecord(t)) {
            return "object";
        }
        return "any";
    }
}
