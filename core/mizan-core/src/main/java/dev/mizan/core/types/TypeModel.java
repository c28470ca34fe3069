package dev.mizan.core.types;

import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.ObjectMapper;

/**
 * The wire types of Java types, as the application's JSON mapper writes them. Describing a type
 * also defines every named type it reaches (records, enums, unions), collected in
 * {@link #namedTypes()}. Anything the wire cannot carry is an {@link UnsupportedTypeException}
 * naming where it was found. Not thread-safe: one instance per export or startup check.
 */
public final class TypeModel {

    private final Describer describer;

    /**
     * A model for the given mapper (the one the server writes responses with), where unannotated
     * references in code without a nullness declaration are non-null ({@link DefaultNullness#NON_NULL}).
     */
    public TypeModel(ObjectMapper mapper) {
        this(mapper, DefaultNullness.NON_NULL);
    }

    /** A model for the given mapper with the project-wide reading of undeclared code. */
    public TypeModel(ObjectMapper mapper, DefaultNullness nullness) {
        this.describer = new Describer(mapper, nullness);
    }

    /**
     * The packages of the classes described so far that carry no nullness declaration (no
     * {@code @NullMarked} or {@code @NullUnmarked} on the class, an enclosing class or the
     * package), where the {@link DefaultNullness} setting decided; sorted.
     */
    public Set<String> undeclaredNullnessPackages() {
        return describer.undeclaredPackages();
    }

    /**
     * The wire type of a declared type, e.g. a method parameter's {@code getAnnotatedParameterTypes()}
     * element; nested nullability follows JSpecify in the scope of {@code declaringClass}.
     *
     * @param where names the use in error messages, e.g. {@code TaskApi#create parameter 'title'}
     */
    public WireType describe(AnnotatedType type, Class<?> declaringClass, String where) {
        return describer.describe(type, new Scope(describer.marked(declaringClass), List.of(), where));
    }

    /** The wire type of a plain {@link Type}; unannotated nested references count as non-null. */
    public WireType describe(Type type) {
        return describer.describe(Describer.annotated(type), new Scope(true, List.of(), type.getTypeName()));
    }

    /** The wire type of a method's return value ({@code void} for none), top level non-null. */
    public WireType describeOutput(Method method) {
        if (method.getReturnType() == void.class || method.getReturnType() == Void.class) {
            return new WireType.ScalarType(Scalar.VOID, false);
        }
        Scope scope = new Scope(describer.marked(method), List.of(), source(method) + " return type");
        return describer.describe(method.getAnnotatedReturnType(), scope).withNullable(false);
    }

    /**
     * Every problem with the parameters and return type of a method, each naming the method, the
     * parameter and the type; empty when the wire can carry them all.
     *
     * @param skipParameter true for parameters that are not on the wire (injected), by index
     */
    public List<String> problems(Method method, java.util.function.IntPredicate skipParameter) {
        List<String> problems = new ArrayList<>();
        var params = method.getParameters();
        for (int i = 0; i < params.length; i++) {
            if (skipParameter.test(i)) {
                continue;
            }
            String where = source(method) + " parameter '" + params[i].getName() + "'";
            try {
                WireType type = describe(params[i].getAnnotatedType(), method.getDeclaringClass(), where);
                String outputOnly = outputOnly(type, new HashSet<>());
                if (outputOnly != null) {
                    problems.add(where + ": " + outputOnly + " has a @JsonRawValue property, which Jackson writes as"
                            + " raw JSON but reads back as a string: it can only be returned, not taken");
                }
            } catch (UnsupportedTypeException e) {
                problems.add(e.getMessage());
            }
        }
        try {
            describeOutput(method);
        } catch (UnsupportedTypeException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    /** Throws one {@link UnsupportedTypeException} listing every problem of {@link #problems}. */
    public void validate(Method method, java.util.function.IntPredicate skipParameter) {
        List<String> problems = problems(method, skipParameter);
        if (!problems.isEmpty()) {
            throw new UnsupportedTypeException(String.join("\n", problems));
        }
    }

    /** Every named type reached so far, sorted by IR name. */
    public List<NamedType> namedTypes() {
        return describer.definitions().stream()
                .sorted(Comparator.comparing(NamedType::name))
                .toList();
    }

    /** The named type with this IR name, or {@code null} when none was reached. */
    public @Nullable NamedType namedType(String name) {
        return describer.definitions().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElse(null);
    }

    /**
     * Structural equality of two Java types on the wire, for matching a merge slot: the same wire
     * shape, where named types match when their fields (names, types, optionality), enum values or
     * variants match, recursively. Nullability at the top level is ignored.
     */
    public boolean sameShape(Type a, Type b) {
        return sameShape(describe(a).withNullable(false), describe(b).withNullable(false));
    }

    /** Structural equality of two wire types, expanding named types (see {@link #sameShape(Type, Type)}). */
    public boolean sameShape(WireType a, WireType b) {
        Map<String, NamedType> byName = new HashMap<>();
        describer.definitions().forEach(t -> byName.put(t.name(), t));
        return new ShapeEquality(byName).equal(a, b, new HashSet<>());
    }

    /** The name of a named type reachable from {@code type} that cannot be read back as written, or null. */
    private @Nullable String outputOnly(WireType type, Set<String> seen) {
        return switch (type) {
            case WireType.ScalarType s -> null;
            case WireType.NumberString n -> null;
            case WireType.Var v -> null;
            case WireType.ArrayType a -> outputOnly(a.element(), seen);
            case WireType.MapType m -> outputOnly(m.value(), seen);
            case WireType.Ref r -> {
                String inArgs = null;
                for (WireType arg : r.args()) {
                    inArgs = inArgs != null ? inArgs : outputOnly(arg, seen);
                }
                yield inArgs != null ? inArgs : outputOnlyNamed(r.name(), seen);
            }
        };
    }

    private @Nullable String outputOnlyNamed(String name, Set<String> seen) {
        NamedType def = seen.add(name) ? namedType(name) : null;
        if (def == null) {
            return null;
        }
        if (describer.rawValueOwners.contains(def.javaClass())) {
            return name;
        }
        List<WireType> inner = new ArrayList<>();
        switch (def) {
            case NamedType.RecordDef r -> {
                r.fields().forEach(f -> inner.add(f.type()));
                if (r.additional() != null) {
                    inner.add(r.additional());
                }
            }
            case NamedType.UnionDef u -> u.variants().forEach(v -> inner.add(v.type()));
            case NamedType.EnumDef e -> {}
        }
        for (WireType t : inner) {
            String found = outputOnly(t, seen);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static String source(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName();
    }

    /** For tests and the IR builder: the set of classes defined so far. */
    Set<Class<?>> definedClasses() {
        Set<Class<?>> out = new HashSet<>();
        describer.definitions().forEach(t -> out.add(t.javaClass()));
        return out;
    }
}
