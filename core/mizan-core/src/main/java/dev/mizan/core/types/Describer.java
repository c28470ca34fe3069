package dev.mizan.core.types;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import dev.mizan.core.upload.Uploads;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.SerializationContextExt;

/** Maps annotated Java types to wire types, defining named types on the way. */
final class Describer {

    final ObjectMapper mapper;
    final SerializationContextExt ctx;
    private final Scalars scalars;
    private final Map<Class<?>, NamedType> defs = new LinkedHashMap<>();
    private final Map<Class<?>, String> started = new HashMap<>();
    private final Map<Class<?>, Optional<AnnotatedMember>> jsonValues = new HashMap<>();
    private final Map<Class<?>, Boolean> wrappedVariants = new HashMap<>();
    private final Map<String, Class<?>> names = new HashMap<>();
    /** Classes with a {@code @JsonRawValue} property: Jackson writes raw JSON but reads a string. */
    final Set<Class<?>> rawValueOwners = new java.util.HashSet<>();

    private final Beans beans = new Beans(this);
    private final Unions unions = new Unions(this);

    private final DefaultNullness nullness;
    private final Set<String> undeclaredPackages = new TreeSet<>();

    Describer(ObjectMapper mapper, DefaultNullness nullness) {
        this.mapper = mapper;
        this.nullness = nullness;
        this.ctx = mapper._serializationContext();
        this.scalars = new Scalars(mapper);
    }

    /**
     * Whether code in this class is non-null by default: its declaration, or the project-wide
     * {@link DefaultNullness} when it has none (its package is then remembered for the warning).
     */
    boolean marked(Class<?> c) {
        Boolean declared = Nullness.declared(c);
        if (declared != null) {
            return declared;
        }
        undeclaredPackages.add(c.getPackageName());
        return nullness == DefaultNullness.NON_NULL;
    }

    /** Whether code in this method is non-null by default (the method's declaration, else its class's). */
    boolean marked(Method method) {
        Boolean declared = Nullness.declared(method);
        return declared != null ? declared : marked(method.getDeclaringClass());
    }

    /** The packages of the described classes that declare no nullness, sorted. */
    Set<String> undeclaredPackages() {
        return Collections.unmodifiableSet(undeclaredPackages);
    }

    Collection<NamedType> definitions() {
        return defs.values();
    }

    NamedType definition(Class<?> type) {
        return defs.get(type);
    }

    WireType describe(AnnotatedType at, Scope scope) {
        boolean nullable = Nullness.nullable(at.getAnnotations(), scope.nullMarked());
        if (at instanceof AnnotatedArrayType array) {
            if (array.getType() == byte[].class) {
                return scalar(byte[].class, Scalar.BYTES, nullable);
            }
            return new WireType.ArrayType(describe(array.getAnnotatedGenericComponentType(), scope), false, nullable);
        }
        if (at instanceof AnnotatedWildcardType wildcard) {
            AnnotatedType[] upper = wildcard.getAnnotatedUpperBounds();
            return describe(upper.length == 0 ? annotated(Object.class) : upper[0], scope);
        }
        Type type = at.getType();
        if (type instanceof TypeVariable<?> variable) {
            if (!scope.typeVars().contains(variable)) {
                throw scope.error("type variable " + variable.getName() + " is not bound to a concrete type");
            }
            return new WireType.Var(variable.getName(), nullable);
        }
        List<AnnotatedType> args = at instanceof AnnotatedParameterizedType p
                ? Arrays.asList(p.getAnnotatedActualTypeArguments())
                : List.of();
        Class<?> raw = raw(type);
        return describeClass(raw, args, scope, raw.isPrimitive() ? false : nullable);
    }

    private WireType describeClass(Class<?> c, List<AnnotatedType> args, Scope scope, boolean nullable) {
        if (c == Optional.class) {
            return describe(arg(c, args, 0, scope), scope).withNullable(true);
        }
        if (c == OptionalInt.class || c == OptionalLong.class || c == OptionalDouble.class) {
            Scalar s = c == OptionalInt.class ? Scalar.INT : c == OptionalLong.class ? Scalar.LONG : Scalar.DOUBLE;
            return new WireType.ScalarType(s, true);
        }
        if (Uploads.isUploadClass(c)) {
            return new WireType.ScalarType(Scalar.UPLOAD, nullable);
        }
        Scalar scalar = Scalars.of(c);
        if (scalar != null) {
            return scalar(c, scalar, nullable);
        }
        if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
            return new WireType.ScalarType(Scalar.ANY, nullable);
        }
        if (Set.class.isAssignableFrom(c) || Collection.class.isAssignableFrom(c) || c == Iterable.class) {
            boolean unique = Set.class.isAssignableFrom(c);
            return new WireType.ArrayType(describe(arg(c, args, 0, scope), scope), unique, nullable);
        }
        if (Map.class.isAssignableFrom(c)) {
            WireType key = MapKeys.describe(this, arg(c, args, 0, scope), scope);
            return new WireType.MapType(key, describe(arg(c, args, 1, scope), scope), nullable);
        }
        String problem = Rejections.problem(c);
        if (problem != null) {
            throw scope.error(problem);
        }
        if (c.isEnum() || (c.getSuperclass() != null && c.getSuperclass().isEnum())) {
            Class<?> type = c.isEnum() ? c : c.getSuperclass();
            return new WireType.Ref(define(type, scope), List.of(), nullable);
        }
        if (wrappedVariants.computeIfAbsent(c, this::isWrappedVariant)) {
            throw scope.error(c.getName() + " is a variant of a WRAPPER_OBJECT union used on its own; declare the"
                    + " union type instead");
        }
        String known = started.get(c);
        if (known != null) {
            return reference(c, known, args, scope, nullable);
        }
        AnnotatedMember jsonValue = jsonValues
                .computeIfAbsent(c, k -> Optional.ofNullable(beans.isBean(k) ? null : beans.jsonValueAccessor(k)))
                .orElse(null);
        if (jsonValue != null) {
            if (c.getTypeParameters().length > 0) {
                throw scope.error("generic @JsonValue type " + c.getName() + " is not supported");
            }
            Scope inner = new Scope(marked(c), List.of(), scope.path() + " (" + c.getSimpleName() + " @JsonValue)");
            return describe(annotatedType(jsonValue), inner).withNullable(nullable);
        }
        if (c.getTypeParameters().length != args.size()) {
            throw scope.error("raw use of generic type " + c.getName() + " (give its type arguments)");
        }
        boolean abstractType = c.isInterface() || Modifier.isAbstract(c.getModifiers());
        TypeSerializer ts = typeSerializer(c);
        if (abstractType && ts == null) {
            throw scope.error(
                    c.getName() + " is an interface or abstract class without @JsonTypeInfo: JSON cannot carry it");
        }
        return reference(c, define(c, scope), args, scope, nullable);
    }

    private WireType reference(Class<?> c, String name, List<AnnotatedType> args, Scope scope, boolean nullable) {
        if (c.getTypeParameters().length != args.size()) {
            throw scope.error("raw use of generic type " + c.getName() + " (give its type arguments)");
        }
        List<WireType> described = args.stream().map(a -> describe(a, scope)).toList();
        return new WireType.Ref(name, described, nullable);
    }

    private WireType scalar(Class<?> c, Scalar scalar, boolean nullable) {
        return scalars.wire(c, scalar, nullable);
    }

    /** Defines the named type for a class (once) and returns its IR name. */
    String define(Class<?> c, Scope scope) {
        String known = started.get(c);
        if (known != null) {
            return known;
        }
        String name = irName(c);
        Class<?> clash = names.putIfAbsent(name, c);
        if (clash != null) {
            throw scope.error(
                    "two Java types have the IR name " + name + ": " + clash.getName() + " and " + c.getName());
        }
        started.put(c, name);
        try {
            NamedType def;
            if (c.isEnum()) {
                def = beans.enumDef(c, name);
            } else if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                def = unions.union(c, name, typeSerializer(c), scope);
            } else {
                def = beans.record(c, name, scope);
            }
            defs.put(c, def);
            return name;
        } catch (RuntimeException e) {
            started.remove(c);
            names.remove(name);
            throw e;
        }
    }

    /** A concrete class Jackson writes wrapped in an object keyed by its type id. */
    private boolean isWrappedVariant(Class<?> c) {
        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
            return false;
        }
        TypeSerializer ts = typeSerializer(c);
        return ts != null && ts.getTypeInclusion() == JsonTypeInfo.As.WRAPPER_OBJECT;
    }

    TypeSerializer typeSerializer(Class<?> c) {
        var javaType = mapper.constructType(c);
        return ctx.findTypeSerializer(javaType, ctx.introspectClassAnnotations(javaType));
    }

    /** The JSON property holding the type id of a polymorphic class (also for EXISTING_PROPERTY). */
    String discriminatorProperty(Class<?> c, TypeSerializer ts) {
        if (ts.getPropertyName() != null) {
            return ts.getPropertyName();
        }
        var annotated = ctx.introspectClassAnnotations(mapper.constructType(c));
        var info = ctx.getAnnotationIntrospector().findPolymorphicTypeInfo(ctx.getConfig(), annotated);
        if (info != null
                && info.getPropertyName() != null
                && !info.getPropertyName().isEmpty()) {
            return info.getPropertyName();
        }
        return ts.getTypeIdResolver().getMechanism().getDefaultPropertyName();
    }

    static String irName(Class<?> c) {
        StringBuilder name = new StringBuilder(c.getSimpleName());
        for (Class<?> outer = c.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName());
        }
        return name.toString();
    }

    private static AnnotatedType arg(Class<?> c, List<AnnotatedType> args, int index, Scope scope) {
        if (args.size() <= index) {
            throw scope.error("raw use of " + c.getName() + " (give its type arguments)");
        }
        return args.get(index);
    }

    static AnnotatedType annotatedType(AnnotatedMember member) {
        AnnotatedElement element = member.getAnnotated();
        return switch (element) {
            case Field f -> f.getAnnotatedType();
            case Method m -> m.getAnnotatedReturnType();
            default -> annotated(member.getRawType());
        };
    }

    static Class<?> raw(Type type) {
        return switch (type) {
            case Class<?> c -> c;
            case java.lang.reflect.ParameterizedType p -> (Class<?>) p.getRawType();
            default -> Object.class;
        };
    }

    /** An annotated view of a plain type, with no annotations. */
    static AnnotatedType annotated(Type type) {
        return PlainAnnotatedType.of(type);
    }
}
